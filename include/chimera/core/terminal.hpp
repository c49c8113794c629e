#pragma once
// Text for a terminal: its width, lines cut to fit, paragraphs wrapped at word boundaries.
// Widths count UTF-8 code points (every character the tool prints is one column wide).
#include <cstddef>
#include <string>
#include <string_view>

namespace chimera::term {

// Columns of the terminal on file descriptor fd: its window size, else $COLUMNS, else 80.
std::size_t columns(int fd);

// Number of code points in s (its width on a terminal for the text the tool prints).
std::size_t width(std::string_view s);

// s cut to at most `max` columns; a cut line ends in "..." (when max >= 3).
std::string fit(std::string_view s, std::size_t max);

// Every line of text wrapped at spaces to at most `max` columns; a continuation line repeats the
// line's leading spaces plus two more. A word longer than the width stays whole on its own line.
std::string wrap(std::string_view text, std::size_t max);

}  // namespace chimera::term
