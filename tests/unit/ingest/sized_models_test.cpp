// Models named by their size alone, and what a tutorial in Chinese writes around its tables:
// shapes from held-out set 49 (a Markdown report of MLX against Ollama on an M4 Max, a Chinese
// tutorial's memory and decoding tables on an RTX 4090).
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

// "| Model Size |" of "0.5B-4bit", "7B": where no column names the model, the size is the name
// the table gives each row's model (its precision after it the quantization); beside a "Model"
// column the model stays the column's.
TEST(SizedModels, AModelSizeColumnNamesTheModelWhereNoColumnDoes) {
  const auto r = run(FileType::markdown,
                     "| Model Size | Tokens/Second | Time per Run |\n|---|---|---|\n"
                     "| 0.5B-4bit | 384.7 tok/s | 0.26s |\n| 7B | 93.7 tok/s | 1.07s |\n"
                     "| 4.7 GB | 50 tok/s | 2s |\n");
  const auto& small = at(r, "table[0][0].Tokens/Second");
  EXPECT_EQ(small.context.model, "0.5B-4bit");
  EXPECT_EQ(small.context.quantization, "4bit");
  EXPECT_EQ(at(r, "table[0][1].Time per Run").context.model, "7B");
  EXPECT_EQ(at(r, "table[0][1].Time per Run").context.quantization, "");
  EXPECT_EQ(at(r, "table[0][2].Tokens/Second").context.model, "");  // a size on disk: no model
  const auto named = run(FileType::markdown,
                         "| Model | Model Size | Tokens/Second |\n|---|---|---|\n"
                         "| qwen2.5 | 0.5B-4bit | 384.7 tok/s |\n");
  EXPECT_EQ(at(named, "table[0][0].Tokens/Second").context.model, "qwen2.5");
}

// "#### 7B Model", "### 6.4.1 Decoding 0.5B": a section's model by its size, in the family the
// heading above names; not a size class ("Sub-10B class"), a count ("per 1B tokens"), a
// comparison, or a size the document's model already has.
TEST(SizedModels, AHeadingNamesItsSectionsModelBySize) {
  const std::string table = "\n\n| Prompt Type | Tokens/Second |\n|---|---|\n| Short | 36.5 |\n\n";
  const auto r =
      run(FileType::markdown, "# Results\n\n### Server\n\n#### 7B Model" + table +
                                  "### 6.4.1 Decoding 0.5B" + table +
                                  "## Qwen2.5 results\n\n### 14B" + table + "## Sub-10B class" +
                                  table + "## Cost per 1B tokens" + table + "## 7B vs 14B" + table);
  EXPECT_EQ(at(r, "table[0][0].Tokens/Second").context.model, "7B");
  EXPECT_EQ(at(r, "table[1][0].Tokens/Second").context.model, "0.5B");
  EXPECT_EQ(at(r, "table[2][0].Tokens/Second").context.model, "Qwen2.5 14B");
  EXPECT_EQ(at(r, "table[3][0].Tokens/Second").context.model, "");
  EXPECT_EQ(at(r, "table[4][0].Tokens/Second").context.model, "");
  EXPECT_EQ(at(r, "table[5][0].Tokens/Second").context.model, "");
  const auto documented = run(FileType::markdown,
                              "# Study\n\n- **Model**: Llama 3.1 8B Instruct\n\n"
                              "#### Llama 3.1-8B-Instruct Optimizations" +
                                  table);
  EXPECT_EQ(at(documented, "table[0][0].Tokens/Second").context.model, "Llama 3.1 8B Instruct");
}

// "### Ollama Performance (llama.cpp)": the engine whose results the section holds (llama.cpp,
// in brackets, the library under it).
TEST(SizedModels, AnEnginesResultsHeadingNamesTheBackend) {
  const auto r = run(FileType::markdown,
                     "### Ollama Performance (llama.cpp)\n\n| Model Size | Tokens/Second |\n"
                     "|---|---|\n| 7B-4bit | 86.2 tok/s |\n\n## vLLM Results\n\n"
                     "| Model | tok/s |\n|---|---|\n| qwen3:8b | 90 |\n");
  EXPECT_EQ(at(r, "table[0][0].Tokens/Second").context.backend, "Ollama");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.backend, "vLLM");
}

// "## 6.3. 4090 24G 显存占用测试": a GeForce by its number with its memory after it; the sizes
// under it: "理论" (theoretical) columns are expected figures, a model file's size is a setting,
// "bfloat16" and "8bits" name the columns' precisions, and "10W" among token counts is 10万.
TEST(SizedModels, AChineseTutorialsMemoryTables) {
  const auto r = run(FileType::markdown,
                     "## 6.3. 4090 24G \xE6\x98\xBE\xE5\xAD\x98\xE5\x8D\xA0\xE7\x94\xA8\n\n"
                     "| \xE6\xA8\xA1\xE5\x9E\x8B | bfloat16 \xE7\x90\x86\xE8\xAE\xBA | "
                     "bfloat16 \xE5\xAE\x9E\xE9\x99\x85\xE6\xA8\xA1\xE5\x9E\x8B\xE6\x96\x87\xE4\xBB"
                     "\xB6\xE5\xA4\xA7\xE5\xB0\x8F | 8bits bnb |\n|---|---|---|---|\n"
                     "| 7B | 14.38GB | 15.45GB | 8.96GB |\n\n"
                     "| \xE6\xA8\xA1\xE5\x9E\x8B | bfloat16 | q4_k_m |\n|---|---|---|\n"
                     "| 0.5B | 10W | 181744 |\n");
  const auto& theory = at(r, "table[0][0].bfloat16 \xE7\x90\x86\xE8\xAE\xBA");
  EXPECT_EQ(theory.metric_id(), "memory");
  EXPECT_EQ(theory.statistic, "expected");
  EXPECT_EQ(theory.context.quantization, "BF16");
  EXPECT_EQ(theory.context.gpu, "RTX 4090");
  EXPECT_EQ(theory.context.model, "7B");
  const auto& file =
      at(r,
         "table[0][0].bfloat16 \xE5\xAE\x9E\xE9\x99\x85\xE6\xA8\xA1\xE5\x9E\x8B\xE6\x96\x87\xE4\xBB"
         "\xB6\xE5\xA4\xA7\xE5\xB0\x8F");
  EXPECT_EQ(file.role, metrics::Role::parameter);
  EXPECT_EQ(file.parameter, "model_size");
  EXPECT_EQ(at(r, "table[0][0].8bits bnb").context.quantization, "8bits");
  const auto& wan = at(r, "table[1][0].bfloat16");
  EXPECT_EQ(wan.metric_id(), "unknown");
  EXPECT_EQ(wan.unit, "");
  ASSERT_TRUE(wan.value.has_value());
  EXPECT_DOUBLE_EQ(*wan.value, 100000.0);
  // (Not in an English table, nor under a header that names power.)
  const auto watts = run(FileType::markdown,
                         "| Model | Power |\n|---|---|\n| 7B | 10W |\n\n"
                         "| \xE6\xA8\xA1\xE5\x9E\x8B | \xE5\x8A\x9F\xE8\x80\x97 |\n|---|---|\n"
                         "| 7B | 350W |\n");
  EXPECT_EQ(at(watts, "table[0][0].Power").metric_id(), "power");
  EXPECT_EQ(at(watts, "table[1][0].\xE5\x8A\x9F\xE8\x80\x97").metric_id(), "power");
}

}  // namespace
}  // namespace chimera::ingest
