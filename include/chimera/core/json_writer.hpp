#pragma once
// Streaming JSON writer: emits tokens into a buffer that is handed to an ostream every 64 KiB, so
// outputs of any size never need a document in memory and per-token stream calls are avoided.
// Keys are written in the order the caller gives (callers keep them stable).
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace chimera {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter() { flush(); }

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  JsonWriter& key(std::string_view k);  // inside an object, before each value
  void value(std::string_view s);       // string; invalid UTF-8 bytes are written as "\xNN"
  void value(const char* s) { value(std::string_view(s)); }
  void value(double d);  // non-finite values are written as null
  void value(std::int64_t i);
  void value(std::uint64_t u);
  void value(int i) { value(static_cast<std::int64_t>(i)); }
  void value(bool b);
  void null();
  void raw(std::string_view json);             // a value already serialised (trusted, valid JSON)
  void value(const std::optional<double>& d);  // null when empty

  // Hands everything written so far to the stream.
  void flush();

  // Appends s as a JSON string literal (quotes included) to out.
  static void append_string(std::string& out, std::string_view s);

 private:
  void before_value();
  void newline();
  void maybe_flush() {
    if (buf_.size() >= kFlushBytes) flush();
  }
  static constexpr std::size_t kFlushBytes = std::size_t{64} * 1024;
  std::ostream& out_;
  bool pretty_;
  std::string buf_;
  struct Level {
    bool is_object;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace chimera
