#pragma once
// "Did you mean": the candidate nearest to a mistyped word, by edit distance (an adjacent swap
// counts as one edit), when it is near enough to be a typo rather than a different word.
#include <string>
#include <string_view>
#include <vector>

namespace chimera {

// The nearest candidate within max(1, length / 3) edits; "" when none is that near.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chimera
