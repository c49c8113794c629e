#pragma once
// Column headers, keys and labels written in Chinese, Japanese or Korean ("并发", "请求耗时 P50",
// "スループット", "처리량"): their benchmark terms rendered as the English words the classifier
// knows ("concurrency", "request latency P50", "throughput"), so that one registry of names serves
// every language. Only names with CJK text are glossed; terms not in the glossary separate words.
#include <string>
#include <string_view>

namespace chimera::metrics {

// True when the name holds a CJK, kana, Hangul or full-width character.
bool has_cjk_text(std::string_view name);
inline bool has_cjk(std::string_view name) {
  // (Runs for every field name: a name of ASCII bytes is decided without a call.)
  for (const char c : name) {
    if (static_cast<unsigned char>(c) >= 0xE3) return has_cjk_text(name);
  }
  return false;
}

// The name with every known CJK term replaced by its English words (spaced apart) and full-width
// punctuation by its ASCII form; "" when the name has no CJK text (nothing to gloss).
std::string gloss(std::string_view name);

// The name with the benchmark words of Spanish, French, German, Portuguese and Russian in English
// ("Tiempo de respuesta (s)" -> "response time (s)", "Tamaño" -> "size"); "" when it has none.
// (The classifier reads names so; headings and lines, read far more often, only for CJK text.)
std::string european_gloss(std::string_view name);

// The name in English words: its gloss when it has CJK text, else the name as written.
std::string in_english(std::string_view name);

}  // namespace chimera::metrics
