#pragma once
// Turns one file into a FileResult: reads it (within the size cap), decodes it, parses it by type
// and harvests metric rows and legacy keyword values. Never throws for bad input: problems
// become a skip reason or warnings.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest {

struct FileOptions {
  std::uint64_t max_file_bytes = 256ULL << 20;
  std::size_t max_warnings_per_file = 20;  // further warnings are counted, not listed
};

FileResult ingest_file(FileEntry entry, const FileOptions& options);

// Per-format harvesters working on decoded UTF-8 text; they fill result.rows, result.legacy,
// result.warnings and set result.status/reason on fatal problems.
void harvest_csv(std::string_view text, FileResult& result);
void harvest_json(std::string_view text, FileResult& result);
void harvest_markdown(std::string_view text, FileResult& result);
// JSON Lines: each line a document, read as the elements of one array ("[3].ttft_ms").
void harvest_jsonl(std::string_view text, FileResult& result);
// A YAML document that is a tool's result report (GuideLLM's --output-path *.yaml), read as the
// same report in JSON; other YAML (configurations) is marked not_results, with the reason.
void harvest_yaml(std::string_view text, FileResult& result);
// One JSON document written on a line of a log ("line[12].eval_count"); false (adding nothing)
// when the line is not valid JSON.
bool harvest_json_line(std::string_view line, std::size_t number, FileResult& result);
// A JSON text as documentation prints it, with values elided by placeholders ("context":
// [xxx,xxx], [1, 2, ...]): each bare word that is no JSON literal or number becomes null.
// Nothing when the text has no such word (strings are left as they are).
std::optional<std::string> elisions_as_null(std::string_view json);
// The end of the JSON document that opens at `first` (one past its closing bracket), npos when
// it does not close (strings and their escapes passed over).
std::size_t json_document_end(std::string_view text, std::size_t first);
// Console logs and notes (.txt, .log): pipe tables (llama-bench's Markdown output) and
// `ollama run --verbose` statistics.
void harvest_text(std::string_view text, FileResult& result);

// True when name contains a reference keyword (tok, throughput, latency, ttft, speed), ignoring
// ASCII case.
bool legacy_keyword(std::string_view name);

}  // namespace chimera::ingest
