#pragma once
// YAML documents read as the JSON events of the same data, by yaml-cpp's event parser (no
// document tree, so an alias is never expanded: a "billion laughs" file costs its own size).
// GuideLLM writes its report in YAML with `--output-path benchmarks.yaml`; the JSON harvester
// reads the events as it reads a JSON document. Plain scalars resolve as YAML 1.2's core schema
// (null, true/false, decimal numbers, .inf/.nan); quoted ones stay strings; an alias reads as null.
#include <optional>
#include <string_view>

#include "chimera/core/json_reader.hpp"

namespace chimera::ingest::detail {

// Reads the first document of `text`; errors name line, column and byte offset as the JSON
// reader's do.
std::optional<json::JsonError> read_yaml(std::string_view text, json::JsonVisitor& visitor);

}  // namespace chimera::ingest::detail
