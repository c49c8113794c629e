#pragma once
// RFC 4180 CSV records from UTF-8 text: quoted fields with doubled quotes and embedded newlines,
// CRLF / LF / CR line ends, a missing final newline. Lenient where Python's csv module is.
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace chimera::ingest {

struct CsvError {
  std::size_t line = 0;  // 1-based line where the offending record starts
  std::string message;
};

// Called once per record with the 1-based line it starts on and its fields. The views are valid
// only during the call. Returning false stops the parse.
using CsvRecordFn = std::function<bool(std::size_t line, std::span<const std::string_view> fields)>;

// Picks ',' unless the first line holds no comma but a ';' or a tab.
char sniff_delimiter(std::string_view text);

// Reads every record; on an unterminated quoted field, the records before it have been delivered
// and the error names the line where the field started.
std::optional<CsvError> read_csv(std::string_view text, char delimiter,
                                 const CsvRecordFn& on_record);

}  // namespace chimera::ingest
