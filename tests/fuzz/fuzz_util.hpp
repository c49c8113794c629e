#pragma once
// Shared by the libFuzzer targets: the input's first bytes choose how the rest is split into
// reads, so "any byte split gives the same result" is checked on every input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace chimera::fuzz {

// Split points derived from the first two bytes (at most 8 cuts), then the payload.
struct Split {
  std::string_view payload;
  std::vector<std::string_view> pieces;
};

inline Split split(const std::uint8_t* data, std::size_t size) {
  Split s;
  if (size < 2) {
    s.payload = std::string_view(reinterpret_cast<const char*>(data), size);
    s.pieces = {s.payload};
    return s;
  }
  const unsigned seed = data[0] * 256u + data[1];
  s.payload = std::string_view(reinterpret_cast<const char*>(data) + 2, size - 2);
  std::size_t at = 0;
  unsigned x = seed | 1u;
  for (int i = 0; i < 8 && at < s.payload.size(); ++i) {
    x = x * 1103515245u + 12345u;
    const std::size_t len = 1 + (x >> 8) % (s.payload.size() - at);
    s.pieces.push_back(s.payload.substr(at, len));
    at += len;
  }
  if (at < s.payload.size()) s.pieces.push_back(s.payload.substr(at));
  return s;
}

// A property that must hold: print and abort, so libFuzzer saves the input.
inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace chimera::fuzz
