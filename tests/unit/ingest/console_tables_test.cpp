// Console tables pasted into notes and logs: genai-perf's and AIPerf's box-drawn "LLM Metrics"
// and GuideLLM's "Benchmark Stats" with a header of column groups.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chimera/ingest/harvest.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

// As genai-perf prints it (rich's heavy head), inside a Markdown code fence.
const std::string kGenaiPerf = R"(# Bench

```bash
genai-perf profile -m Qwen/Qwen3-0.6B --concurrency 24 --url localhost:8000
```

```text
                                      NVIDIA GenAI-Perf | LLM Metrics
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━┓
┃                         Statistic ┃       avg ┃      min ┃       max ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━┩
│              Request Latency (ms) │ 11,527.18 │ 5,207.06 │ 15,932.18 │
│ Output Token Throughput (per sec) │  1,745.56 │      N/A │       N/A │
│      Request Throughput (per sec) │      1.73 │      N/A │       N/A │
└───────────────────────────────────┴───────────┴──────────┴───────────┘
```
)";

TEST(ConsoleTables, GenaiPerfBoxTableInAFence) {
  const auto r = run(FileType::markdown, kGenaiPerf);
  const auto& latency = at(r, "table[0][0].min");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_EQ(latency.statistic, "min");
  EXPECT_EQ(latency.unit, "ms");
  EXPECT_DOUBLE_EQ(*latency.value, 5207.06);  // thousands separators
  EXPECT_EQ(latency.line, 12u);
  EXPECT_EQ(latency.context.model, "Qwen/Qwen3-0.6B");  // of the command line above
  EXPECT_EQ(latency.context.concurrency, "24");
  // "(per sec)" of tokens is tokens per second; a figure given once (min, max N/A) is the run's.
  const auto& output = at(r, "table[0][1].avg");
  EXPECT_EQ(output.metric_id(), "output_throughput");
  EXPECT_EQ(output.unit, "tok/s");
  EXPECT_EQ(output.statistic, "value");
  EXPECT_EQ(at(r, "table[0][2].avg").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "table[0][2].avg").unit, "req/s");
  EXPECT_FALSE(has_row(r, "table[0][2].min"));  // N/A: no figure
  EXPECT_EQ(r.format, "console table");
  EXPECT_EQ(r.rows.size(), 5u);
}

TEST(ConsoleTables, AiperfWrappedCellsJoinAndEdgelessTables) {
  // AIPerf wraps a long name over two lines, the unit on the second.
  const auto r = run(FileType::text, R"(aiperf profile --model m1 --concurrency 10
┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━┓
┃               Metric ┃    avg ┃    p99 ┃
┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━┩
│ Time to First Token  │  18.26 │ 106.32 │
│                 (ms) │        │        │
│ Request Latency (ms) │ 487.30 │ 769.57 │
└──────────────────────┴────────┴────────┘
done
)");
  const auto& ttft = at(r, "table[0][0].p99");
  EXPECT_EQ(ttft.name, "Time to First Token (ms) / p99");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.unit, "ms");
  EXPECT_EQ(ttft.line, 5u);
  EXPECT_EQ(ttft.context.model, "m1");
  EXPECT_EQ(at(r, "table[0][1].avg").metric_id(), "e2e_latency");
  EXPECT_EQ(r.rows.size(), 4u);
  // A table without outer borders: the header is the line above the rule under it.
  const auto edgeless =
      run(FileType::text, "   Metric ┃ avg \n━━━━━━━━━━╇━━━━━\n TTFT (ms) │ 5.0 \n\nafter\n");
  EXPECT_EQ(at(edgeless, "table[0][0].avg").metric_id(), "ttft");
}

TEST(ConsoleTables, BoxCharactersThatAreNoTableStayText) {
  // A directory tree and a lone rule: no rows, nothing swallowed from the lines around them.
  const auto r = run(FileType::text, R"(results/
├── run1
│   └── out.json
──────────
eval rate:            42.5 tokens/s
)");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].metric_id(), "decode_rate");
}

// GuideLLM 0.2's console: groups over their columns ("||" spans two), strategies as row labels.
const std::string kGuidellm = R"(## Results

### Qwen2.5:1.5B

```plaintext
Benchmark Stats:
=============================================================================
Metadata    | Request Stats         || Out Tok/sec | Req Latency (sec)  ||| TTFT (ms)           |||
Benchmark   | Per Second | Concurrency | mean        | mean | median | p99  | mean   | median | p99
------------|------------|-------------|-------------|------|--------|------|--------|--------|------
concurrent@2| 0.47       | 1.73        | 52.4        | 3.69 | 3.55   | 4.97 | 1778.9 | 1455.9 | 2878.6
constant@1.50| 0.45      | 2.48        | 55.8        | 5.55 | 4.42   | 8.94 | 3536.3 | 2359.8 | 6886.0
synchronous | 0.51       | 1.00        | 52.4        | 1.97 | 2.38   | 2.38 | 262.1  | 257.0  | 272.8
=============================================================================
```
)";

TEST(ConsoleTables, GuidellmGroupedHeaderAndStrategies) {
  const auto r = run(FileType::markdown, kGuidellm);
  const auto& ttft = at(r, "table[0][0].TTFT (ms) p99");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "p99");
  EXPECT_DOUBLE_EQ(*ttft.value, 2878.6);
  EXPECT_EQ(ttft.context.model, "Qwen2.5:1.5B");  // the heading's
  EXPECT_EQ(ttft.context.config, "concurrent");
  EXPECT_EQ(ttft.context.concurrency, "2");
  const auto& latency = at(r, "table[0][1].Req Latency (sec) median");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*latency.normalized, 4420.0);
  EXPECT_EQ(latency.context.rate, "1.50");
  EXPECT_EQ(latency.context.config, "constant");
  EXPECT_EQ(at(r, "table[0][2].Out Tok/sec mean").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "table[0][2].Out Tok/sec mean").unit, "tok/s");
  const auto& rps = at(r, "table[0][0].Request Stats Per Second");
  EXPECT_EQ(rps.metric_id(), "request_throughput");
  EXPECT_EQ(rps.unit, "req/s");
  EXPECT_EQ(rps.statistic, "mean");
  EXPECT_EQ(at(r, "table[0][0].Request Stats Concurrency").metric_id(), "concurrency");
  EXPECT_EQ(at(r, "table[0][0].Request Stats Concurrency").unit, "count");
  EXPECT_EQ(at(r, "table[0][2].TTFT (ms) mean").context.config, "synchronous");
  EXPECT_EQ(r.format, "guidellm console");
  EXPECT_EQ(r.rows.size(), 27u);
}

TEST(ConsoleTables, GuidellmsLatencyHeadedMsOverSecondsIsReadInSeconds) {
  // GuideLLM 0.2.1 printed "Req Latency (ms)" over seconds (vllm-project/guidellm#245): a mean
  // of 6.48 "ms" beside a TTFT of 53 ms cannot be; 7180 beside 53 can.
  const auto r = run(FileType::text, R"(Benchmarks Stats:
==============================================================================
Metadata     | Request Stats         || Req Latency (ms)  ||| TTFT (ms)          |||
    Benchmark| Per Second| Concurrency|  mean| median|   p99|  mean| median|    p99
-------------|-----------|------------|------|-------|------|------|-------|-------
  synchronous|       0.15|        1.00|  6.48|   6.48|  6.49|  53.0|   51.5|   61.8
   throughput|       2.94|       29.63|  7180|   7100|  9000|  53.0|   51.5|   61.8
==============================================================================
)");
  const auto& seconds = at(r, "table[0][0].Req Latency (ms) p99");
  EXPECT_EQ(seconds.unit, "s");
  EXPECT_DOUBLE_EQ(*seconds.normalized, 6490.0);
  EXPECT_NE(seconds.note.find("guidellm#245"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][1].Req Latency (ms) mean").unit, "ms");         // as headed: plausible
  EXPECT_EQ(at(r, "table[0][1].Request Stats Concurrency").unit, "count");  // not a throughput
}

TEST(ConsoleTables, GuidellmInfoTableSubsetsAndTheMetadataModel) {
  // GuideLLM 0.2's "Benchmarks Info": Comp/Inc/Err are request subsets; a subset of no request
  // has no mean. The model is the worker's backend_model in "Benchmarks Metadata".
  const auto r = run(FileType::text, R"(Benchmarks Metadata:
    Worker:type_='generative_requests_worker' backend_type='openai_http' backend_model='m7'
Benchmarks Info:
=====================================================================
Metadata    || Requests Made  ||| Prompt Tok/Req ||| Output Tok Total  ||
  Benchmark| Duration (s)|  Comp|  Inc|  Err|  Comp|   Inc| Err|   Comp|   Inc|   Err
-----------|-------------|------|-----|-----|------|------|----|-------|------|------
synchronous|         30.0|    46|    1|    0| 257.1| 256.0| 0.0|   5888|     0|     0
=====================================================================
)");
  const auto& inc = at(r, "table[0][0].Requests Made Inc");
  EXPECT_EQ(inc.metric_id(), "requests");
  EXPECT_EQ(inc.status, RowStatus::incomplete);
  EXPECT_EQ(inc.context.model, "m7");
  const auto& prompt = at(r, "table[0][0].Prompt Tok/Req Comp");
  EXPECT_EQ(prompt.metric_id(), "input_tokens");
  EXPECT_EQ(prompt.statistic, "mean");
  EXPECT_EQ(prompt.status, RowStatus::ok);
  const auto& none = at(r, "table[0][0].Prompt Tok/Req Err");
  EXPECT_EQ(none.status, RowStatus::failed);
  EXPECT_FALSE(none.value.has_value());  // no errored request: a placeholder
  const auto& total = at(r, "table[0][0].Output Tok Total Err");
  EXPECT_EQ(total.statistic, "sum");
  EXPECT_DOUBLE_EQ(*total.value, 0.0);  // a sum over no request is 0
  EXPECT_EQ(at(r, "table[0][0].Duration (s)").metric_id(), "duration");
}

TEST(ConsoleTables, GroupedHeaderOutsideAFenceAndAnOrdinaryTable) {
  // The same table in a log; and a Markdown table whose cells hold "||" is no grouped header.
  const auto log = run(FileType::text, kGuidellm.substr(kGuidellm.find("Benchmark Stats")));
  EXPECT_EQ(at(log, "table[0][0].TTFT (ms) median").metric_id(), "ttft");
  const auto md =
      run(FileType::markdown, "| Op | Time (ms) |\n|---|---|\n| a \\|\\| b | 4.5 |\n| c | 2.0 |\n");
  EXPECT_EQ(at(md, "table[0][0].Time (ms)").metric_id(), "duration");
  EXPECT_EQ(md.format, "");
}

// Older genai-perf (Triton's tutorials): the command continued over lines ending in '\\' names the
// model and load, and the run's two throughputs are printed under the table.
TEST(ConsoleTables, GenaiPerfContinuedCommandAndTheTotalsUnderItsTable) {
  const auto r = run(FileType::markdown, R"(```
genai-perf \
  -m ensemble \
  --service-kind triton \
  --concurrency 1 \
  -- --request-count=10
```

```
                                            LLM Metrics
┏━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━━┓
┃                Statistic ┃       avg ┃       min ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━━┩
│ Time to first token (ms) │    675.08 │    459.99 │
└──────────────────────────┴───────────┴───────────┘
Output token throughput (per sec): 42.89
Request throughput (per sec): 0.03
```
)");
  EXPECT_EQ(at(r, "table[0][0].avg").context.model, "ensemble");
  EXPECT_EQ(at(r, "table[0][0].avg").context.concurrency, "1");
  const auto& output = at(r, "table[0].Output token throughput (per sec)");
  EXPECT_EQ(output.metric_id(), "output_throughput");
  EXPECT_EQ(output.unit, "tok/s");
  EXPECT_EQ(output.statistic, "value");
  EXPECT_EQ(output.context.model, "ensemble");
  EXPECT_EQ(output.line, 16u);
  EXPECT_EQ(at(r, "table[0].Request throughput (per sec)").metric_id(), "request_throughput");
}

// A genai-perf "LLM Metrics" table of one TTFT row, as printed under the lines that ran it.
const std::string kTtftBox = R"(┏━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┓
┃                Statistic ┃    avg ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━┩
│ Time to first token (ms) │ 675.08 │
└──────────────────────────┴────────┘
```
)";

// Held-out set 9: a shell session's MODEL="..." names what ${MODEL} stands for, and genai-perf's
// logged perf_analyzer line (whatever its log prefix) gives the model and the load.
TEST(ConsoleTables, ShellVariablesAndPerfAnalyzersLoggedLine) {
  const auto r = run(FileType::markdown, R"(```bash
MODEL="llama-3.1-8b-instruct"
genai-perf profile \
  --model ${MODEL} \
  --streaming
```

```
[INFO] genai_perf.wrapper:135 - Running Perf Analyzer : 'perf_analyzer -m llama3 --async --concurrency-range 10'
)" + kTtftBox);
  const auto& ttft = at(r, "table[0][0].avg");
  EXPECT_EQ(ttft.context.model, "llama3");
  EXPECT_EQ(ttft.context.concurrency, "10");
  const auto alone = run(FileType::markdown, R"(```bash
MODEL="llama-3.1-8b-instruct"
genai-perf profile --model ${MODEL} --concurrency 2
```
```
)" + kTtftBox);
  EXPECT_EQ(at(alone, "table[0][0].avg").context.model, "llama-3.1-8b-instruct");
  EXPECT_EQ(at(alone, "table[0][0].avg").context.concurrency, "2");
}

// llama-bench's Markdown with an n_cpu_moe column: the runs it tells apart keep it in config.
TEST(ConsoleTables, LlamaBenchsMoeOffloadIsASettingOfTheRun) {
  const auto r = run(FileType::text, R"(| model | backend | ngl | n_cpu_moe | test | t/s |
| ----- | ------- | --: | --------: | ---: | --: |
| qwen3moe 30B.A3B Q4_K - Medium | Vulkan | 99 | 24 | pp512 | 150.45 ± 1.67 |
| qwen3moe 30B.A3B Q4_K - Medium | Vulkan | 99 | 0 | pp512 | 210.10 ± 2.01 |
)");
  EXPECT_NE(at(r, "table[0][0].t/s").context.config.find("n_cpu_moe=24"), std::string::npos)
      << at(r, "table[0][0].t/s").context.config;
  EXPECT_EQ(at(r, "table[0][0].n_cpu_moe").parameter, "n_cpu_moe");
}

// GuideLLM 0.5 on (held-out set 9): its log names the model and the rates of its constant
// benchmarks; "Comp Tot" is a sum, "Inc"/"Err" the other subsets; "Per Req" token columns are a
// request's tokens; a header repeated inside one box starts the table's second half.
TEST(ConsoleTables, RecentGuidellmConsoleLogAndTables) {
  const auto r =
      run(FileType::text, R"(  ✔ OpenAIHTTPBackend backend validated with model Qwen/Qwen3-32B
    30} rampup_duration=0.0 strategy_type='constant' rate=[1.0, 5.0]
  |===========|========|=====|=====|
  | Benchmark | Input Tokens     |||
  | Strategy  | Comp   | Inc | Err |
  |           | Tot    | Tot | Tot |
  |-----------|--------|-----|-----|
  | constant  | 1450.0 | 0.0 | 0.0 |
  | constant  | 7450.0 | 0.0 | 0.0 |
  |===========|========|=====|=====|

  |===========|=======|======|=======|======|
  | Benchmark | Input Tok  || Input Words ||
  | Strategy  | Per Req    || Per Request ||
  |           | Mdn  | p95  | Mdn  | p95  |
  |-----------|------|------|------|------|
  | constant  | 50.0 | 50.0 | 41.0 | 43.0 |
  |===========|=======|======|=======|======|
  | Benchmark | Output Tok || Output Words ||
  | Strategy  | Per Req    || Per Request  ||
  |           | Mdn  | p95  | Mdn  | p95   |
  |-----------|------|------|------|-------|
  | constant  | 60.0 | 60.0 | 40.0 | 45.0  |
  |===========|=======|======|=======|======|
)");
  const auto& sum = at(r, "table[0][1].Input Tokens Comp Tot");
  EXPECT_EQ(sum.metric_id(), "input_tokens");
  EXPECT_EQ(sum.statistic, "sum");
  EXPECT_EQ(sum.context.model, "Qwen/Qwen3-32B");
  EXPECT_EQ(sum.context.rate, "5.0");
  EXPECT_EQ(at(r, "table[0][0].Input Tokens Err Tot").status, RowStatus::failed);
  EXPECT_EQ(at(r, "table[0][0].Input Tokens Inc Tot").status, RowStatus::incomplete);
  EXPECT_EQ(at(r, "table[1][0].Input Tok Per Req Mdn").metric_id(), "input_tokens");
  EXPECT_EQ(at(r, "table[1][0].Input Words Per Request Mdn").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[2][0].Output Tok Per Req Mdn").metric_id(), "output_tokens");
  EXPECT_DOUBLE_EQ(*at(r, "table[2][0].Output Tok Per Req Mdn").value, 60.0);
}

// GuideLLM 0.5's Server Throughput table: a statistic spans the columns after it ("Mean ||||").
TEST(ConsoleTables, AStatisticSpansTheColumnsAfterIt) {
  const auto r = run(FileType::text, R"(|============|=======|======|=========|===============|
| Benchmark  | Requests             ||| Output Tokens |
| Strategy   | Concurrency || Per Sec | Per Sec       |
|            | Mdn   | Mean | Mean                 ||
|------------|-------|------|---------|---------------|
| concurrent | 2.0   | 2.0  | 0.4     | 25.7          |
|============|=======|======|=========|===============|
)");
  EXPECT_EQ(at(r, "table[0][0].Output Tokens Per Sec Mean").statistic, "mean");
  EXPECT_EQ(at(r, "table[0][0].Output Tokens Per Sec Mean").metric_id(), "output_throughput");
}

// A llama-bench log with a blank line between the table's delimiter and its rows (held-out
// set 9): the rows are the table's; no "stopped before its first test" warning.
TEST(ConsoleTables, ABlankLineBeforeALlamaBenchTablesRowsKeepsThem) {
  const auto r = run(FileType::text, R"(| model | backend | threads | test | t/s |
| ----- | ------- | ------: | ---: | --: |

| moonspire 2B Q4_K - Medium | CPU | 2 | pp512 | 61.10 ± 0.20 |
)");
  EXPECT_EQ(at(r, "table[0][0].t/s").metric_id(), "prompt_eval_rate");
  EXPECT_TRUE(r.warnings.empty());
}

// Held-out set 10: Ollama statistics pasted through a web page keep no-break spaces as padding,
// and a load given by a shell variable ("--num-concurrent-requests ${vu}") names none.
TEST(ConsoleTables, NoBreakSpacesAndShellPlaceholders) {
  const auto r =
      run(FileType::markdown,
          "```\ntotal duration: \xC2\xA0 \xC2\xA0 18.035596669s  \n"
          "eval count: \xC2\xA0 218 token(s)\neval rate: \xC2\xA0 12.76 tokens/s\n```\n");
  EXPECT_DOUBLE_EQ(*at(r, "ollama[0].eval_rate").value, 12.76);
  EXPECT_DOUBLE_EQ(*at(r, "ollama[0].eval_count").value, 218);
  const auto llmperf =
      run(FileType::text,
          "\\Results for token benchmark for m queried with the m api.\n\n"
          "ttft_s\n    p50 = 0.19\n\n"
          "python token_benchmark_ray.py --model m --num-concurrent-requests ${vu}\n");
  EXPECT_EQ(at(llmperf, "llmperf_result[0].ttft_s.p50").context.concurrency, "");
}

// rich cuts a figure too wide for its column ("1,081…"): no value, not 1,081 ns.
TEST(ConsoleTables, AFigureTheConsoleCutShortHasNoValue) {
  const auto r = run(FileType::markdown, R"(```
┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━┓
┃            Statistic ┃    avg ┃     max ┃
┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━┩
│ Request latency (ns) │ 1,081… │ 1,311,… │
└──────────────────────┴────────┴─────────┘
```
)");
  const auto& avg = at(r, "table[0][0].avg");
  EXPECT_FALSE(avg.value.has_value());
  EXPECT_EQ(avg.raw, "1,081\xE2\x80\xA6");
  EXPECT_NE(avg.note.find("cut the figure short"), std::string::npos);
  EXPECT_FALSE(at(r, "table[0][0].max").value.has_value());
}

// A fence indented under a list item (CommonMark strips its indentation from its lines): LLMPerf's
// results printed there, with the command that ran them below.
TEST(ConsoleTables, ConsoleOutputInAnIndentedFenceAndItsLaterCommand) {
  const auto r = run(FileType::markdown, R"(- You will see the following results
    ```bash
    \Results for token benchmark for inf2_mistral queried with the inf2_mistral api.

    ttft_s
        p50 = 0.1949
    Overall Output Throughput: 68.2
    ```
- The parameters in run_inf2.sh
    ```bash
    python token_benchmark_ray.py \
    --model "inf2_mistral" \
    --num-concurrent-requests 1 \
    --results-dir "result_outputs"
    ```
)");
  EXPECT_EQ(r.format, "llmperf console");
  const auto& ttft = at(r, "llmperf_result[0].ttft_s.p50");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.context.model, "inf2_mistral");
  EXPECT_EQ(ttft.context.concurrency, "1");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

// Held-out set 23: a newer llama.cpp's log (timestamps and levels, common_perf_print, the
// encoded/decoded speeds), after a prompt whose "{" opens no JSON document.
TEST(ConsoleTables, NewerLlamaCppLogsTimingsAfterAPromptThatIsNoJson) {
  const auto r =
      run(FileType::text,
          "# vendor/llama.cpp/build/bin/llama-cli -m models/Qwen3-0.6B-f16.gguf -ngl 99\n"
          "Read the mission log, then answer.\n"
          "{\n"
          "  \"alerts\": [\n"
          "    \"gauge unreadable\n"
          "\n"
          "2.19.302.709 I encoded 15718 tokens in   87.373 seconds, speed:  179.895 t/s\n"
          "2.19.302.713 I decoded  193 tokens in   41.084 seconds, speed:    4.698 t/s\n"
          "2.19.302.747 I common_perf_print:        load time =    7155.11 ms\n"
          "2.19.302.749 I common_perf_print:        eval time =   32351.83 ms /   192 "
          "runs   (  168.50 ms per token,     5.93 tokens per second)\n"
          "0.03.158.738 I slot print_timing: id  0 | task 0 |        eval time =       "
          "0.00 ms /     1 tokens (    0.00 ms per token,     0.00 tokens per second)\n");
  const auto& decoded = at(r, "llama_speed[0].decoded.speed");
  EXPECT_EQ(decoded.metric_id(), "decode_rate");
  EXPECT_EQ(decoded.value, 4.698);
  EXPECT_EQ(decoded.context.model, "Qwen3-0.6B-f16");
  EXPECT_EQ(at(r, "llama_speed[0].encoded.tokens").metric_id(), "input_tokens");
  EXPECT_EQ(at(r, "llama_timings[0].eval time rate").value, 5.93);
  EXPECT_EQ(at(r, "llama_timings[0].load time").metric_id(), "load_time");
  // One generated token: nothing timed, no value (not 0 ms, 0 tok/s).
  EXPECT_FALSE(at(r, "llama_timings[1].eval time").value.has_value());
  EXPECT_FALSE(testing::has_row(r, "llama_timings[1].eval time rate"));
}

// Held-out set 24: a script's figures, one per line with its label, in a console fence; the
// model of the line that announces it. Lines of words or of other labels stay text.
TEST(ConsoleTables, AScriptsLabelledFiguresInAFenceAreReadWithTheirModel) {
  const auto r = run(FileType::markdown,
                     "```\n$ python bench.py\n\n"
                     "\xF0\x9F\x9A\x80 Testing model: llama3.2:3b\n"
                     "\xF0\x9F\x94\x81 Run 1/5\n"
                     "\xE2\x8F\xB1\xEF\xB8\x8F Mean time: 4.99 sec\n"
                     "\xF0\x9F\x93\x88 Std deviation time: 0.05 sec\n"
                     "\xE2\x9A\xA1 Mean tokens/sec: 71.94\n"
                     "Outputs consistent across runs: YES\n"
                     "Gemma3:latest:\n"
                     "- Cold start: 0.344s\n"
                     "- Q1: 98.43 tok/s\n"
                     "- Seed: 42\n"
                     "```\n");
  const auto& mean = at(r, "line[6].Mean time");
  EXPECT_EQ(mean.metric_id(), "duration");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.normalized, 4990.0);
  EXPECT_EQ(mean.context.model, "llama3.2:3b");
  EXPECT_EQ(at(r, "line[7].Std deviation time").statistic, "std");
  EXPECT_EQ(at(r, "line[8].Mean tokens/sec").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "line[11].Cold start").context.model, "Gemma3:latest");
  EXPECT_EQ(at(r, "line[12].Q1").statistic, "p25");
  EXPECT_FALSE(testing::has_row(r, "line[13].Seed"));  // no measurement of the registry
}

// Held-out set 44: llama.cpp's memory breakdown at exit: per device the memory it has (total), what
// llama.cpp took (self) and its parts, in the header's unit; the host's row its own four figures.
TEST(ConsoleTables, LlamaCppMemoryBreakdown) {
  const auto r = run(
      FileType::text,
      R"(llama_memory_breakdown_print: | memory breakdown [MiB] | total   free     self   model   context   compute    unaccounted |
llama_memory_breakdown_print: |   - CUDA0 (RTX 3080)   | 20181 = 1689 + (18238 = 15686 +    1584 +     967) +         253 |
llama_memory_breakdown_print: |   - Host               |                 78362 = 78278 +       0 +      84                |
)");
  EXPECT_EQ(at(r, "llama_memory[0][CUDA0].total").parameter, "accelerator_memory");
  const auto& self = at(r, "llama_memory[0][CUDA0].self");
  EXPECT_EQ(self.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*self.normalized, 18238.0 * 1024 * 1024);
  EXPECT_EQ(self.context.gpu, "RTX 3080");
  EXPECT_EQ(at(r, "llama_memory[0][CUDA0].context").context.config, "device=CUDA0 memory=context");
  EXPECT_EQ(at(r, "llama_memory[0][CUDA0].free").metric_id(), "unknown");
  EXPECT_DOUBLE_EQ(*at(r, "llama_memory[0][Host].model").value, 78278);
  EXPECT_FALSE(has_row(r, "llama_memory[0][Host].total"));
}

TEST(ConsoleTables, LlamaCppTimingsOfTheCliAndTheServer) {
  // llama-cli's timings pasted under a heading; then the server's, without a prefix.
  const auto r = run(FileType::markdown, R"(### llama.cpp
```
llama_print_timings:        load time =    1645.56 ms
llama_print_timings:      sample time =      10.93 ms /   225 runs   (    0.05 ms per token, 20589.31 tokens per second)
llama_print_timings: prompt eval time =      81.13 ms /     5 tokens (   16.23 ms per token,    61.63 tokens per second)
llama_print_timings:        eval time =    8049.44 ms /   224 runs   (   35.94 ms per token,    27.83 tokens per second)
llama_print_timings:       total time =    8224.06 ms /   229 tokens
```
)");
  const auto& rate = at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  EXPECT_EQ(rate.statistic, "sample");
  EXPECT_DOUBLE_EQ(*rate.value, 27.83);
  EXPECT_EQ(rate.line, 6u);
  EXPECT_EQ(at(r, "llama_timings[0].eval time count").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "llama_timings[0].prompt eval time rate").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "llama_timings[0].load time").metric_id(), "load_time");
  EXPECT_EQ(at(r, "llama_timings[0].total time").metric_id(), "total_duration");
  EXPECT_FALSE(has_row(r, "llama_timings[0].sample time rate"));  // sampling, not generation
  // The sampling's own time (no count of tokens: its "runs" are the sampler's calls).
  EXPECT_EQ(at(r, "llama_timings[0].sample time").metric_id(), "sampling_time");
  EXPECT_DOUBLE_EQ(*at(r, "llama_timings[0].sample time").normalized, 10.93);
  EXPECT_FALSE(has_row(r, "llama_timings[0].sample time count"));
  EXPECT_EQ(r.format, "llama.cpp timings");
  const auto server = run(FileType::text, R"(slot print_timing: id  0 | task 0 |
prompt eval time =      72.28 ms /    12 tokens (    6.02 ms per token,   166.02 tokens per second)
       eval time =     402.25 ms /    24 tokens (   16.76 ms per token,    59.66 tokens per second)
      total time =     474.53 ms /    36 tokens
slot print_timing: id  0 | task 1 |
prompt eval time =      10.00 ms /     2 tokens (    5.00 ms per token,   200.00 tokens per second)
)");
  EXPECT_DOUBLE_EQ(*at(server, "llama_timings[0].eval time rate").value, 59.66);
  EXPECT_DOUBLE_EQ(*at(server, "llama_timings[1].prompt eval time rate").value, 200.0);
  // Prose that says "time =" is no timing.
  EXPECT_TRUE(run(FileType::text, "the load time = unknown\n").rows.empty());
}

TEST(ConsoleTables, LlamaCppLogsSettingsAndAllocations) {
  // An older llama-cli log: its buffers, its context's size, its threads and its generation's
  // settings, then its timings; a second model loaded forgets the first run's settings.
  const auto r = run(
      FileType::text,
      R"(llama_model_loader: loaded meta data with 19 key-value pairs and 291 tensors from llama-2-7b.Q4_K_M.gguf (version GGUF V2)
llm_load_tensors: ggml ctx size =    0.30 MiB
llm_load_tensors:        CPU buffer size =    70.31 MiB
llm_load_tensors:      SYCL0 buffer size =  3820.94 MiB
llama_new_context_with_model: n_ctx      = 4096
llama_kv_cache_init:      SYCL0 KV buffer size =  2048.00 MiB
llama_new_context_with_model:  SYCL_Host  output buffer size =     0.12 MiB
llama_new_context_with_model:      SYCL0 compute buffer size =   296.00 MiB
system_info: n_threads = 4 / 8 | AVX = 1 | AVX2 = 1 |
generate: n_ctx = 4096, n_batch = 2048, n_predict = 200, n_keep = 1
llama_print_timings:        load time =    2264.36 ms
llama_print_timings:        eval time =    7684.85 ms /   199 runs   (   38.62 ms per token,    25.90 tokens per second)
llama_model_loader: loaded meta data with 19 key-value pairs and 291 tensors from llama-2-7b.Q4_K_M.gguf (version GGUF V2)
llama_print_timings:        eval time =    6517.30 ms /   199 runs   (   32.75 ms per token,    30.53 tokens per second)
)");
  const auto& weights = at(r, "llama_buffer[4].SYCL0 model buffer size");
  EXPECT_EQ(weights.metric_id(), "memory");
  EXPECT_EQ(weights.statistic, "value");
  EXPECT_DOUBLE_EQ(*weights.normalized, 3820.94 * 1024 * 1024);
  EXPECT_EQ(weights.context.config, "device=SYCL0 memory=model");
  EXPECT_EQ(weights.context.model, "llama-2-7b.Q4_K_M");
  // (The host's: said in its note; the row keeps the run's device context.)
  EXPECT_NE(at(r, "llama_buffer[3].CPU model buffer size").note.find("host"), std::string::npos);
  EXPECT_EQ(at(r, "llama_buffer[6].SYCL0 KV buffer size").context.config, "device=SYCL0 memory=KV");
  EXPECT_EQ(at(r, "llama_buffer[7].SYCL_Host output buffer size").context.config,
            "device=SYCL_Host memory=output");
  EXPECT_EQ(at(r, "llama_buffer[8].SYCL0 compute buffer size").context.config,
            "device=SYCL0 memory=compute");
  EXPECT_FALSE(has_row(r, "llama_buffer[2].ggml ctx size"));
  const auto& rate = at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.context.config, "n_ctx=4096 n_batch=2048 n_predict=200 n_threads=4");
  EXPECT_EQ(at(r, "llama_timings[0].load time").context.config, rate.context.config);
  EXPECT_EQ(at(r, "llama_timings[1].eval time rate").context.config, "");

  // Newer builds: "load_tensors:", "llama_context:" / "llama_init_from_model:", "llama_kv_cache:"
  // and "sched_reserve:" behind the log's time and level; "n_threads = 8 (n_threads_batch = 8)".
  const auto n = run(FileType::text,
                     R"(0.00.307.555 I load_tensors:        CUDA0 model buffer size =    40.73 MiB
0.00.307.556 I load_tensors:   CPU_Mapped model buffer size =    23.11 MiB
0.00.319.984 I llama_context: n_ctx         = 512
0.00.319.984 I llama_context: n_ctx_per_seq = 1024
0.00.319.985 I llama_context: n_batch       = 2048
0.01.218.542 I llama_kv_cache:      CUDA0 KV buffer size =     8.00 MiB
0.01.231.094 I sched_reserve:      CUDA0 compute buffer size =    82.07 MiB
0.01.231.099 I sched_reserve:  CUDA_Host compute buffer size =    30.58 MiB
0.01.300.000 I system_info: n_threads = 8 (n_threads_batch = 8) / 16 | CPU : SSE3 = 1 |
0.05.100.000 I llama_perf_context_print:        eval time =     402.25 ms /    24 runs   (   16.76 ms per token,    59.66 tokens per second)
)");
  EXPECT_DOUBLE_EQ(*at(n, "llama_buffer[1].CUDA0 model buffer size").normalized,
                   40.73 * 1024 * 1024);
  EXPECT_EQ(at(n, "llama_buffer[2].CPU_Mapped model buffer size").context.config,
            "device=CPU_Mapped memory=model");
  EXPECT_EQ(at(n, "llama_buffer[6].CUDA0 KV buffer size").metric_id(), "memory");
  EXPECT_EQ(at(n, "llama_buffer[7].CUDA0 compute buffer size").metric_id(), "memory");
  EXPECT_EQ(at(n, "llama_timings[0].eval time rate").context.config,
            "n_ctx=512 n_batch=2048 n_threads=8");
}

TEST(ConsoleTables, AlignedStatisticsPerTestAndMetricWithAMinMaxColumn) {
  // A benchmark script's summary: columns of statistics, each row a test's quantity, the test
  // written once over its rows, both ends of a range in one cell; the model a GGUF's path.
  const auto r = run(FileType::text, R"(llama.cpp server benchmark

Model:       /home/me/models/qwen3-8b/qwen3-8b-q8_0.gguf

Test                 Metric       Median          P95         Mean      Min/Max
short-generation     prompt tok/s        84.74       107.51        90.88 84.12/107.51
                     gen tok/s            9.22         9.68         8.98 8.06/9.68
long-context         prompt tok/s       128.17       150.34       134.53 120.24/150.34
)");
  const auto& median = at(r, "table[0][0].Median");
  EXPECT_EQ(median.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(median.statistic, "median");
  EXPECT_EQ(median.context.test, "short-generation");
  EXPECT_EQ(median.context.model, "qwen3-8b-q8_0");
  const auto& gen = at(r, "table[0][1].Mean");
  EXPECT_EQ(gen.metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*gen.value, 8.98);
  EXPECT_EQ(gen.context.test, "short-generation");  // (blank under the test above it)
  std::vector<double> ends;
  for (const auto& row : r.rows)
    if (row.locator == "table[0][1].Min/Max") ends.push_back(*row.value);
  EXPECT_EQ(ends, (std::vector<double>{8.06, 9.68}));
  EXPECT_EQ(at(r, "table[0][2].P95").context.test, "long-context");
  // The same table indented as a whole, a row short of a cell: no blank first cell, no shift.
  const auto indented =
      run(FileType::text, R"(    Test          Metric        Median     P95     Mean  Min/Max
    short-chat    ttft ms        121.0   180.2    128.3  98.1/201.7
    long-rag      ttft ms        912.3  1204.5    950.1
)");
  EXPECT_FALSE(has_row(indented, "table[0][1].Min"));
  for (const auto& row : indented.rows) {
    if (row.context.test == "long-rag") {
      EXPECT_NE(row.statistic, "min") << row.locator;
    }
  }
  // wrk's per-thread statistics ("Thread Stats   Avg  Stdev  Max  +/- Stdev") are no table of
  // the run's figures.
  const auto wrk = run(FileType::text, R"(  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    39.41ms   10.24ms 120.55ms   71.04%
    Req/Sec    25.18      5.02    40.00     68.50%
)");
  EXPECT_TRUE(wrk.rows.empty());
  // A model's GGUF under the converter's generic name: its folder names it.
  const auto generic =
      run(FileType::text, R"(Model:   /models/Meta-Llama-3.1-8B-Instruct/ggml-model-Q4_K_M.gguf

Test    Metric        Median   P95   Mean
short   gen tok/s       41.2  43.9   41.0
)");
  EXPECT_EQ(at(generic, "table[0][0].Median").context.model,
            "Meta-Llama-3.1-8B-Instruct/ggml-model-Q4_K_M");
}

TEST(ConsoleTables, ResultsPastedWholeInAFenceAreReadAsTheirFile) {
  // llama-bench's -o json, -o csv and -o sql output pasted into a README, under its headings.
  const auto r = run(FileType::markdown, R"(# Bench on one RTX 4080
## JSON
```json
[
  {
    "model_type": "qwen2 7B Q4_K - Medium",
    "gpu_info": "NVIDIA GeForce RTX 4080",
    "n_prompt": 0,
    "n_gen": 128,
    "n_depth": 0,
    "avg_ns": 1067669000,
    "avg_ts": 119.881588
  }
]
```
## CSV
```csv
model_type,n_prompt,n_gen,avg_ts
"qwen2 7B Q4_K - Medium",512,0,7285.676949
```
## SQL
```sql
INSERT INTO llama_bench (model_type, n_prompt, n_gen, avg_ts) VALUES ('qwen2 7B Q4_K - Medium', '0', '128', '120.346696');
```
## Request
```json
{
  "model": "qwen2.5:7b",
  "options": {"num_ctx": 4096, "temperature": 0.7}
}
```
)");
  const auto& tg = at(r, "fence[0][0].avg_ts");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*tg.value, 119.881588);
  EXPECT_EQ(tg.line, 12u);
  EXPECT_EQ(tg.context.test, "tg128");
  EXPECT_EQ(tg.context.section, "JSON");
  const auto& pp = at(r, "fence[1][0].avg_ts");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.line, 19u);
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_DOUBLE_EQ(*at(r, "fence[2].llama_bench[0].avg_ts").value, 120.346696);
  EXPECT_EQ(at(r, "fence[2].llama_bench[0].avg_ts").line, 23u);
  // A request's body is no tool's result: nothing of it is read.
  for (const auto& row : r.rows) EXPECT_NE(row.name, "num_ctx") << row.locator;
}

TEST(ConsoleTables, AFencesTextCellsAreCountedWithTheirLine) {
  const auto r =
      run(FileType::markdown, "# Runs\n\n```csv\nmodel,ttft_ms\np,12\nq,14\nr,1.2.3\n```\n");
  EXPECT_EQ(r.text_cells, 1u);
  EXPECT_EQ(r.text_cell_example, "line 7: '1.2.3'");
}

TEST(ConsoleTables, VllmResultBlockWrittenAsMarkdownHeadingsAndLists) {
  const auto r = run(FileType::markdown, R"(# Benchmarking vLLM
### Serving Benchmark Result
* Successful requests:                     1
* Request throughput (req/s):              0.01
* Output token throughput (tok/s):         23.35
#### Time to First Token
* Mean TTFT (ms):                          151.31
* P99 TTFT (ms):                           151.31

Then we tried:
- 3 prompts: 12 ms each
)");
  const auto& ttft = at(r, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_EQ(ttft.line, 7u);
  EXPECT_EQ(at(r, "vllm_result[0].Output token throughput (tok/s)").metric_id(),
            "output_throughput");
  EXPECT_EQ(r.format, "vllm bench serve console");
  // The list after the block is no part of it.
  for (const auto& row : r.rows) EXPECT_EQ(row.locator.rfind("vllm_result[0].", 0), 0u);
}

TEST(ConsoleTables, NvidiaSmisTableInAFenceAndALog) {
  const std::string table =
      R"(+-----------------------------------------------------------------------------------------+
| NVIDIA-SMI 550.54.15              Driver Version: 550.54.15      CUDA Version: 12.4     |
|-----------------------------------------+------------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
|=========================================+========================+======================|
|   0  NVIDIA A10                     On  |   00000000:00:1E.0 Off |                    0 |
|  0%   45C    P0             150W /  150W |    7712MiB /  23028MiB |     91%      Default |
+-----------------------------------------+------------------------+----------------------+
|   1  Tesla T4            Off  | 00000000:00:04.0 Off |                    0 |
| N/A   38C    P8     9W /  70W |      0MiB / 15109MiB |      0%      Default |
+-----------------------------------------------------------------------------------------+
| Processes:                                                                              |
|    0   N/A  N/A      1234      C   python3                                     7700MiB |
+-----------------------------------------------------------------------------------------+
)";
  const auto r = run(FileType::markdown, "# Run\n```\n" + table + "```\n");
  const auto& memory = at(r, "nvidia_smi[0].gpu0.memory_used");
  EXPECT_EQ(memory.metric_id(), "memory");
  EXPECT_EQ(memory.statistic, "value");
  EXPECT_EQ(memory.unit, "MiB");
  EXPECT_DOUBLE_EQ(*memory.value, 7712.0);
  EXPECT_EQ(memory.context.gpu, "NVIDIA A10");
  EXPECT_EQ(memory.line, 10u);
  EXPECT_DOUBLE_EQ(*at(r, "nvidia_smi[0].gpu0.power").value, 150.0);  // drawn, not the cap
  EXPECT_EQ(at(r, "nvidia_smi[0].gpu0.temperature").metric_id(), "gpu_temperature");
  EXPECT_EQ(at(r, "nvidia_smi[0].gpu1.utilization").context.gpu, "Tesla T4");
  EXPECT_DOUBLE_EQ(*at(r, "nvidia_smi[0].gpu1.power").value, 9.0);
  EXPECT_EQ(r.rows.size(), 8u);  // the processes' memory is no GPU figure
  EXPECT_EQ(run(FileType::text, table).rows.size(), 8u);
}

// Windows' nvidia-smi prints the driver model where Linux prints persistence ("WDDM"): no part
// of the GPU's name.
TEST(ConsoleTables, NvidiaSmiOnWindowsNamesTheGpuAlone) {
  const auto r = run(
      FileType::text,
      R"(| NVIDIA-SMI 560.94                 Driver Version: 560.94         CUDA Version: 12.6     |
| GPU  Name                  Driver-Model | Bus-Id          Disp.A | Volatile Uncorr. ECC |
|   0  NVIDIA GeForce RTX 3070      WDDM  |   00000000:01:00.0  On |                  N/A |
|  0%   45C    P8             20W /  220W |     712MiB /   8192MiB |      3%      Default |
|   1  NVIDIA GeForce RTX 4070 ...  WDDM  |   00000000:02:00.0 Off |                  N/A |
| N/A   40C    P8              5W /   80W |       0MiB /   8188MiB |      0%      Default |
)");
  EXPECT_EQ(at(r, "nvidia_smi[0].gpu0.memory_used").context.gpu, "NVIDIA GeForce RTX 3070");
  // (Cut short, it stays so: "RTX 4070 ..." may be the Laptop GPU, another product.)
  EXPECT_EQ(at(r, "nvidia_smi[0].gpu1.memory_used").context.gpu, "NVIDIA GeForce RTX 4070 ...");
}

// Go's benchmark output (Ollama's benchmark suite): one run per line, its figures named by their
// units, the model an Ollama tag in the benchmark's name, the rest of the name its test.
TEST(ConsoleTables, GoBenchmarkLinesOfOllamasSuite) {
  const auto r = run(FileType::text, R"(goos: darwin
goarch: arm64
pkg: github.com/ollama/ollama/benchmark
cpu: Apple M4 Max
BenchmarkColdStart/qwen3:8b/cold/short_prompt-16   	       1	2372110709 ns/op	   0.00 MB/s	        66.80 gen_tok/s	       100.0 gen_tokens	       673.0 load_ms	        60.08 prompt_tok/s	        12.00 prompt_tokens	       874.0 ttft_ms
$ go test -benchtime=10s -count=5 -run=nada -bench . -nctx=32000 -device="CUDA0"
BenchmarkInference-32                 99         110913774 ns/op               270.5 tokens/s
PASS
ok  	github.com/ollama/ollama/benchmark	62.809s
)");
  const auto& gen = at(r, "go_bench[0].gen_tok/s");
  EXPECT_EQ(gen.metric_id(), "decode_rate");
  EXPECT_EQ(gen.statistic, "sample");
  EXPECT_DOUBLE_EQ(*gen.value, 66.8);
  EXPECT_EQ(gen.context.model, "qwen3:8b");
  EXPECT_EQ(gen.context.test, "ColdStart/cold/short_prompt");
  EXPECT_EQ(gen.context.backend, "ollama");
  EXPECT_EQ(gen.context.gpu, "Apple M4 Max");
  EXPECT_EQ(at(r, "go_bench[0].ttft_ms").metric_id(), "ttft");
  EXPECT_EQ(at(r, "go_bench[0].prompt_tok/s").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "go_bench[0].gen_tokens").metric_id(), "output_tokens");
  const auto& op = at(r, "go_bench[0].ns/op");
  EXPECT_EQ(op.metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*op.normalized, 2372.110709);
  EXPECT_EQ(at(r, "go_bench[0].MB/s").metric_id(), "unknown");
  EXPECT_EQ(at(r, "go_bench[1].tokens/s").context.test, "Inference");
  EXPECT_EQ(at(r, "go_bench[1].tokens/s").context.config, "nctx=32000 device=CUDA0");
  EXPECT_NE(at(r, "go_bench[1].ns/op").note.find("99 iterations"), std::string::npos);
  EXPECT_EQ(r.format, "ollama go benchmark");
  // A line that begins so in prose is no benchmark's.
  EXPECT_TRUE(run(FileType::text, "Benchmarking the model now, 3 runs\n").rows.empty());
}

// The shell's `time` after a command: its "real" figure is the command's wall-clock time; the
// CPU times are not read, nor a "real" line without its "user" line.
TEST(ConsoleTables, TheShellsTimeOutputGivesTheCommandsWallClockTime) {
  const auto r = run(FileType::markdown,
                     "## deepseek-r1-distill-qwen-7b\n* **Time:**\nreal    2m3.001s\n"
                     "user    0m0.484s\nsys     0m1.265s\n\nreal    0m1.5s is all it took\n");
  ASSERT_EQ(r.rows.size(), 1U);
  const auto& real = at(r, "line[3].real");
  EXPECT_EQ(real.metric_id(), "duration");
  EXPECT_EQ(real.statistic, "sample");
  EXPECT_DOUBLE_EQ(*real.normalized, 123001.0);
  EXPECT_EQ(real.context.model, "deepseek-r1-distill-qwen-7b");
}

// Held-out set 56: llama-batched-bench's table after llama.cpp's loader in the same log: the
// model and weights the loader named, llama.cpp's figures.
TEST(ConsoleTables, ABatchedBenchTableTakesTheLoadersModel) {
  const auto r =
      run(FileType::markdown,
          "# Run\n\n```\nllama_model_loader: - kv   2:                 general.name str = "
          "Meta-Llama-3.1-8B-Instruct\nprint_info: file type   = Q4_K - Medium\n\n"
          "|    PP |     TG |    B |   T_PP s | S_PP t/s | S_TG t/s |\n"
          "|-------|--------|------|----------|----------|----------|\n"
          "|   128 |    128 |    1 |    0.507 |   252.47 |    34.40 |\n"
          "```\n\n```\n|    PP |     TG |    B | S_TG t/s |\n|---|---|---|---|\n"
          "|   128 |    128 |    1 |    34.40 |\n```\n");
  const auto& pp = at(r, "table[0][0].S_PP t/s");
  EXPECT_EQ(pp.context.model, "Meta-Llama-3.1-8B-Instruct");
  EXPECT_EQ(pp.context.quantization, "Q4_K_M");
  EXPECT_EQ(pp.context.backend, "llama.cpp");
  // (A table of another fence is not the loader's.)
  EXPECT_EQ(at(r, "table[1][0].S_TG t/s").context.model, "");
}

// zsh's `time` prints one line, its wall-clock time last ("7.615 total", "1:02.50 total" past a
// minute): a sample of the command's duration; a line with no "% cpu" before it is not one.
TEST(ConsoleTables, ZshTimeLineGivesTheCommandsWallClockTime) {
  const auto r =
      run(FileType::markdown,
          "## Modelo PHI-3-MINI-4k\n**Tiempo:** bun index.js  0.06s user 0.05s system 1% "
          "cpu 7.615 total\n\n```\nollama run x  0.1s user 0.1s system 0% cpu "
          "1:02.50 total\n```\nthe grand 3 total\n");
  ASSERT_EQ(r.rows.size(), 2U);
  const auto& t = at(r, "line[2].total");
  EXPECT_EQ(t.metric_id(), "duration");
  EXPECT_EQ(t.statistic, "sample");
  EXPECT_DOUBLE_EQ(*t.normalized, 7615.0);
  EXPECT_EQ(t.context.model, "PHI-3-MINI-4k");
  EXPECT_DOUBLE_EQ(*at(r, "line[5].total").normalized, 62500.0);
}

// Held-out set 47: a script's comparison printed in a fence, columns aligned by spaces with a bar
// between the set-ups ("Metric   TinyGrad |   PyTorch"): a transposed table; a table of bars
// only ("size | rows | model") stays unread, as before.
TEST(ConsoleTables, SpaceAlignedColumnsWithBarsBetweenSome) {
  const auto r = run(FileType::markdown, R"(# Bench

```
Framework Comparison
====================================================================
Metric                           TinyGrad |         PyTorch
------------------------------------------------------------
Model Load (s)                      17.30 |           49.85
Average Throughput (tok/s)           82.0 |            33.8
Precision                            FP32 |            FP32
```

```
  size | rows | params_b | vram_gb
    1b |   18 |     1.24 |    2.98
```
)");
  const auto& load = at(r, "table[0][0].PyTorch");
  EXPECT_EQ(load.metric_id(), "load_time");
  // (Set 47's re-score: a latency the inverse of the column's rate is a time per output token.)
  const auto steady =
      run(FileType::markdown,
          "| Metric | TinyGrad |\n|---|---|\n| Steady-State Latency (ms) | 12.20 |\n"
          "| Average Throughput (tok/s) | 82.0 |\n| Cold Start (ms) | 50.32 |\n");
  EXPECT_EQ(at(steady, "table[0][0].TinyGrad").metric_id(), "tpot");
  EXPECT_DOUBLE_EQ(*load.normalized, 49850.0);
  EXPECT_EQ(at(r, "table[0][1].TinyGrad").metric_id(), "token_rate");
  EXPECT_EQ(r.rows.size(), 4u);
}

// Held-out set 47: llama-bench's rows cut down to some columns, outer bars dropped, pasted under a
// log line: each cell's column told by what it holds.
TEST(ConsoleTables, LlamaBenchRowsCutDownWithoutTheirHeader) {
  const auto r = run(FileType::markdown, R"(```
ggml_cuda_init: found 1 CUDA devices (Total VRAM: 16310 MiB)
qwen2 1B Q4_K - Medium | CUDA | 99 |  tg32 |      503.86 ± 15.57
qwen2 1B Q4_K - Medium | CUDA | 99 | pp512 |  32266.02 ± 5888.94
```
)");
  const auto& tg = at(r, "table[0][0].t/s");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.statistic, "mean");
  EXPECT_EQ(tg.context.model, "qwen2 1B Q4_K - Medium");
  EXPECT_EQ(tg.context.backend, "CUDA");
  EXPECT_EQ(tg.context.test, "tg32");
  EXPECT_EQ(at(r, "table[0][1].t/s").metric_id(), "prompt_eval_rate");
}

// Held-out set 47: a vLLM server's start-up lines: the weights' memory and load time, the memory
// left for the KV cache, the CUDA graphs' capture and the engine's start-up, each what it is (the
// graph capture no request's latency).
TEST(ConsoleTables, VllmServerStartUpLines) {
  const auto r = run(
      FileType::text,
      R"((EngineCore_0 pid=2881) INFO 09-04 01:29:00 [core.py:74] Initializing a V1 LLM engine (v0.10.1.1) with config: model='Qwen2-7B-Instruct', speculative_config=None
(EngineCore_0 pid=2881) INFO 09-04 01:29:05 [gpu_model_runner.py:2007] Model loading took 14.2488 GiB and 2.993822 seconds
(EngineCore_0 pid=2881) INFO 09-04 01:29:25 [gpu_worker.py:276] Available KV cache memory: 24.83 GiB
(EngineCore_0 pid=2881) INFO 09-04 01:29:29 [gpu_model_runner.py:2708] Graph capturing finished in 3 secs, took 0.50 GiB
(EngineCore_0 pid=2881) INFO 09-04 01:29:29 [core.py:214] init engine (profile, create kv cache, warmup model) took 23.13 seconds
)");
  const auto& weights = at(r, "line[2].Model loading took");
  EXPECT_EQ(weights.metric_id(), "memory");
  EXPECT_EQ(weights.context.model, "Qwen2-7B-Instruct");
  EXPECT_EQ(weights.context.backend, "vLLM");
  EXPECT_DOUBLE_EQ(*at(r, "line[2].Model loading time").normalized, 2993.822);
  EXPECT_EQ(at(r, "line[2].Model loading time").metric_id(), "load_time");
  EXPECT_EQ(at(r, "line[3].Available KV cache memory").metric_id(), "memory");
  EXPECT_EQ(at(r, "line[4].Graph capturing finished in").metric_id(), "duration");
  EXPECT_EQ(at(r, "line[4].Graph capturing took").metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*at(r, "line[5].init engine took").normalized, 23130.0);
  for (const auto& row : r.rows) EXPECT_NE(row.metric_id(), "e2e_latency") << row.locator;
}

TEST(ConsoleTables, VllmServerStatisticsLines) {
  // A V1 server's log pasted into a note: its model from the engine's config line, then one
  // interval's statistics and a speculative decoder's.
  const auto r = run(FileType::markdown, R"(# Serving on one L40S
```
INFO 07-24 14:09:58 [core.py:74] Initializing a V1 LLM engine (v0.10.1.1) with config: model='Qwen/Qwen3-8B', speculative_config=None
(APIServer pid=7151) INFO 07-24 14:10:08 [loggers.py:273] Engine 000: Avg prompt throughput: 3539.1 tokens/s, Avg generation throughput: 3562.1 tokens/s, Running: 126 reqs, Waiting: 0 reqs, GPU KV cache usage: 36.4%, Prefix cache hit rate: 0.0%
INFO 05-01 19:15:26 [metrics.py:101] SpecDecoding metrics: Mean acceptance length: 3.44, Accepted throughput: 64.40 tokens/s, Drafted throughput: 79.19 tokens/s, Accepted: 644 tokens, Drafted: 792 tokens, Per-position acceptance rate: 0.932, 0.822, 0.686, Avg Draft acceptance rate: 81.3%
```
)");
  const auto& prompt = at(r, "vllm_stats[0].avg_prompt_throughput");
  EXPECT_EQ(prompt.metric_id(), "input_throughput");
  EXPECT_EQ(prompt.statistic, "mean");
  EXPECT_EQ(prompt.normalized_unit, "tok/s");
  EXPECT_DOUBLE_EQ(*prompt.normalized, 3539.1);
  EXPECT_EQ(prompt.line, 4u);
  EXPECT_EQ(prompt.context.model, "Qwen/Qwen3-8B");
  EXPECT_EQ(prompt.context.gpu, "L40S");
  EXPECT_EQ(at(r, "vllm_stats[0].avg_generation_throughput").metric_id(), "output_throughput");
  const auto& running = at(r, "vllm_stats[0].running");
  EXPECT_EQ(running.metric_id(), "concurrency");
  EXPECT_EQ(running.statistic, "value");
  EXPECT_DOUBLE_EQ(*running.value, 126.0);
  EXPECT_EQ(at(r, "vllm_stats[0].waiting").metric_id(), "unknown");
  EXPECT_EQ(at(r, "vllm_stats[0].gpu_kv_cache_usage").metric_id(), "utilization");
  EXPECT_EQ(at(r, "vllm_stats[0].prefix_cache_hit_rate").unit, "%");
  // The decoder's figures are none of ours, each under its own name (no efficiency, no rate).
  const auto& accepted = at(r, "vllm_stats[1].accepted_throughput");
  EXPECT_EQ(accepted.metric_id(), "unknown");
  EXPECT_EQ(accepted.unit, "tok/s");
  EXPECT_EQ(at(r, "vllm_stats[1].accepted").unit, "tokens");
  const auto& third = at(r, "vllm_stats[1].per_position_acceptance_rate[2]");
  EXPECT_DOUBLE_EQ(*third.value, 0.686);
  EXPECT_EQ(third.name, "Per-position acceptance rate (position 3)");
  EXPECT_EQ(third.metric_id(), "acceptance_rate");
  EXPECT_DOUBLE_EQ(*third.normalized, 68.6);  // a fraction, in percent
  EXPECT_DOUBLE_EQ(*at(r, "vllm_stats[1].avg_draft_acceptance_rate").value, 81.3);
  EXPECT_EQ(at(r, "vllm_stats[1].avg_draft_acceptance_rate").metric_id(), "acceptance_rate");
  EXPECT_EQ(at(r, "vllm_stats[1].mean_acceptance_length").metric_id(), "acceptance_length");
  EXPECT_EQ(r.format, "vllm engine statistics");
}

TEST(ConsoleTables, VllmV0ServerStatisticsInALog) {
  const auto r = run(FileType::text, R"($ vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000
INFO 08-01 12:00:00 metrics.py:345] Avg prompt throughput: 0.0 tokens/s, Avg generation throughput: 30.5 tokens/s, Running: 1 reqs, Swapped: 0 reqs, Pending: 0 reqs, GPU KV cache usage: 0.2%, CPU KV cache usage: 0.0%.
INFO 08-01 12:00:00 metrics.py:1] Speculative metrics: Draft acceptance rate: 0.643, System efficiency: 0.528, Number of speculative tokens: 5, Number of accepted tokens: 2048, Number of draft tokens: 3185, Number of emitted tokens: 2512.
)");
  const auto& gen = at(r, "vllm_stats[0].avg_generation_throughput");
  EXPECT_DOUBLE_EQ(*gen.value, 30.5);
  EXPECT_EQ(gen.context.model, "meta-llama/Llama-3.1-8B-Instruct");
  EXPECT_DOUBLE_EQ(*at(r, "vllm_stats[0].cpu_kv_cache_usage").value, 0.0);  // the full stop
  EXPECT_EQ(at(r, "vllm_stats[1].system_efficiency").metric_id(), "unknown");
  EXPECT_DOUBLE_EQ(*at(r, "vllm_stats[1].draft_acceptance_rate").normalized, 64.3);
  const auto& k = at(r, "vllm_stats[1].number_of_speculative_tokens");
  EXPECT_EQ(k.role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "vllm_stats[1].number_of_emitted_tokens").unit, "tokens");
  // Prose that names a label reads nothing.
  EXPECT_TRUE(run(FileType::text, "Avg prompt throughput: about a thousand\n").rows.empty());
}

TEST(ConsoleTables, AConsoleCapturedAtAFixedWidthIsJoinedBack) {
  // GuideLLM's log as a pod printed it, each line cut at 80 columns and padded, in a fence.
  const auto r =
      run(FileType::markdown,
          "```sh\nBenchmarks "
          "Stats:\n================================================================================"
          "\n============================================================                    "
          "\nMetadata   | Request Stats         || Out Tok/sec| Tot Tok/sec| Req Latency (ms)\n||| "
          "TTFT (ms)       ||| ITL (ms)   |||                                          \n  "
          "Benchmark| Per Second| Concurrency|        mean|        mean| mean| median|  p\n99| "
          "mean| median|  p99| mean| median| p99                                       "
          "\n-----------|-----------|------------|------------|------------|-----|-------|---\n--|-"
          "----|-------|-----|-----|-------|----                                       "
          "\nsynchronous|       1.10|        1.00|       140.7|       423.4|  910|    910|  9\n30| "
          "15.0|   14.8| 17.0|  7.0|    7.0| 7.2                                       "
          "\n================================================================================\n===="
          "========================================================                    \n          "
          "       \nBenchmarks report saved\n```\n");
  const auto& ttft = at(r, "table[0][0].TTFT (ms) p99");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "p99");
  EXPECT_EQ(ttft.value, 17.0);
  EXPECT_EQ(ttft.line, 12u);  // the second of the two lines the row was cut into, where it is
  EXPECT_EQ(at(r, "table[0][0].Request Stats Per Second").line, 11u);
  EXPECT_EQ(at(r, "table[0][0].Request Stats Per Second").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "table[0][0].ITL (ms) p99").value, 7.2);
}

TEST(ConsoleTables, ALlamaCppLogSavedAsMarkdownLabelsItsTableWithItsDevice) {
  const auto r = run(
      FileType::markdown,
      "ggml_vulkan: Found 1 Vulkan devices:\n"
      "ggml_vulkan: 0 = AMD Radeon 8060S Graphics (RADV GFX1151) | uma: 1 | fp16: 1\n"
      "| model | size | params | backend | ngl | test | t/s |\n"
      "| --- | ---: | ---: | --- | --: | ---: | ---: |\n"
      "| qwen3 27B Q4_K - Medium | 15.4 GiB | 27.0 B | Vulkan | 99 | pp512 | 250.10 ± 1.00 |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.gpu, "AMD Radeon 8060S Graphics");
}

// The same model run under two sections ("## Windows", "## WSL"): each block's figures stand in
// their section, as a table's do, and are told apart by it.
TEST(ConsoleTables, OllamaBlocksStandInTheirSections) {
  const std::string block =
      "```\n$ ollama run gemma3:1b --verbose\ntotal duration:       1.2s\n"
      "eval count:           100 token(s)\neval rate:            52.10 tokens/s\n```\n";
  const auto r = run(FileType::markdown,
                     "# Ollama\n## Windows\n### Default\n\n" + block + "\n## WSL\n\n" + block);
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.section, "Windows / Default");
  EXPECT_EQ(at(r, "ollama[1].eval_rate").context.section, "WSL");
}

TEST(ConsoleTables, OllamaStatisticsAnnotatedLineByLineAreOneRequest) {
  const auto r = run(FileType::markdown,
                     "```shell\nollama run qwen3 --verbose\n\n# **total duration**: all of it\n"
                     "total duration:       28.705464125s\n\n# **load duration**\n"
                     "load duration:        29.833667ms\n\n# **eval rate**\n"
                     "eval rate:            16.69 tokens/s\n\ntotal duration:       15.3s\n```\n");
  EXPECT_TRUE(has_row(r, "ollama[0].total_duration"));
  EXPECT_TRUE(has_row(r, "ollama[0].load_duration"));
  EXPECT_TRUE(has_row(r, "ollama[0].eval_rate"));
  EXPECT_TRUE(has_row(r, "ollama[1].total_duration"));  // seen twice: the next request
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.model, "qwen3");
}

TEST(ConsoleTables, AGuidellmRunThatCompletedNoRequestHasNoLatencies) {
  const auto r = run(
      FileType::text,
      "Benchmarks Info\n"
      "Metadata     |||| Requests Made  ||| Output Tok/Req ||\n"
      "    Benchmark| Start Time| End Time| Duration (s)|  Comp|  Inc|  Err|  Comp|   Inc| Err\n"
      "-------------|-----------|---------|-------------|------|-----|-----|------|------|----\n"
      "constant@4.77|   11:36:43| 11:37:13|         29.8|     7|  139|    0| 128.0|  61.2| 0.0\n"
      "constant@5.71|   11:37:14| 11:37:44|         29.9|     0|  174|    0|   0.0|  58.1| 0.0\n"
      "\n"
      "Benchmarks Stats\n"
      "Metadata     | Request Stats         || TTFT (ms)           ||\n"
      "    Benchmark| Per Second| Concurrency|   mean| median|    p99\n"
      "-------------|-----------|------------|-------|-------|-------\n"
      "constant@4.77|       0.24|        6.89|  350.4|  358.6|  445.7\n"
      "constant@5.71|       0.00|        0.00|    0.0|    0.0|    0.0\n"
      "");
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms) mean").value, 350.4);
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms) mean").context.rate, "4.77");
  EXPECT_FALSE(at(r, "table[1][1].TTFT (ms) mean").value.has_value());
  EXPECT_FALSE(at(r, "table[0][1].Output Tok/Req Comp").value.has_value());
  EXPECT_EQ(at(r, "table[0][1].Requests Made Comp").value, 0.0);  // the count is a count
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.back().find("completed no request"), std::string::npos);
}

TEST(ConsoleTables, AGuidellmSynchronousRunIsOneRequestAtATime) {
  const auto r =
      run(FileType::text,
          "Benchmarks Stats\n"
          "Metadata     | Request Stats         || Req Latency     (ms)||| TTFT (ms)           ||\n"
          "    Benchmark| Per Second| Concurrency|  mean| median|  p99|   mean| median|    p99\n"
          "-------------|-----------|------------|------|-------|-----|-------|-------|-------\n"
          "  synchronous|       1.10|        1.00|  0.91|   0.91| 0.93|   15.0|   14.8|   17.0\n"
          "");
  const auto& latency = at(r, "table[0][0].Req Latency (ms) mean");  // the padding squeezed
  EXPECT_EQ(latency.context.concurrency, "1");
  EXPECT_EQ(latency.context.config, "synchronous");
  EXPECT_EQ(latency.unit, "s");  // GuideLLM 0.2's "(ms)" over seconds, below the TTFT
}

TEST(ConsoleTables, ACaptionNamingAModelAboveAResultBlockLabelsIt) {
  // One command's --model, two result blocks, each captioned with the model it measured.
  const auto r =
      run(FileType::markdown,
          "```bash\nvllm bench serve --model InternVL3-8B-hf-FP8-GPTQ\n```\n\n"
          "The result of InternVL3-8B-hf:\n\n```\n============ Serving Benchmark Result "
          "============\nSuccessful requests:                     100\nMean TTFT (ms):             "
          "             120.5\n==================================================\n```\n\n"
          "The result of InternVL3-8B-hf-FP8-GPTQ:\n\n```\n============ Serving Benchmark Result "
          "============\nSuccessful requests:                     100\nMean TTFT (ms):             "
          "             120.5\n==================================================\n```\n\n"
          "Output:\n\n```\n============ Serving Benchmark Result ============\nSuccessful "
          "requests:                     100\nMean TTFT (ms):                          "
          "120.5\n==================================================\n```\n");
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.model, "InternVL3-8B-hf");
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.quantization, "");
  EXPECT_EQ(at(r, "vllm_result[1].Mean TTFT (ms)").context.model, "InternVL3-8B-hf-FP8-GPTQ");
  EXPECT_EQ(at(r, "vllm_result[1].Mean TTFT (ms)").context.quantization, "FP8");  // not GPTQ
  // A caption that names no model leaves the command's.
  EXPECT_EQ(at(r, "vllm_result[2].Mean TTFT (ms)").context.model, "InternVL3-8B-hf-FP8-GPTQ");
}

// Held-out set 25: a usage template's placeholders ("--model <model>", "--request-rate x.x")
// name no model and no load.
TEST(ConsoleTables, ACommandTemplatesPlaceholdersNameNothing) {
  const auto r = run(FileType::markdown,
                     "```bash\nvllm bench serve --model <model> --request-rate x.x\n```\n\n"
                     "```\n============ Serving Benchmark Result ============\nSuccessful "
                     "requests:                     100\nMean TTFT (ms):                          "
                     "120.5\n==================================================\n```\n");
  const auto& ttft = at(r, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(ttft.context.model, "");
  EXPECT_EQ(ttft.context.rate, "");
}

// Held-out set 25: each block's own "Request rate configured" line is its rate, for its figures
// above the line too, over a rate an earlier block left.
TEST(ConsoleTables, EachBlocksConfiguredRateIsItsOwn) {
  const std::string block1 =
      "```\n============ Serving Benchmark Result ============\nSuccessful requests:          "
      "           100\nRequest rate configured (RPS):           1.00\nMean TTFT (ms):          "
      "                120.5\n==================================================\n```\n\n";
  std::string block2 = block1;
  block2.replace(block2.find("1.00"), 4, "0.50");
  const auto r = run(FileType::markdown, block1 + block2);
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.rate, "1.00");
  EXPECT_EQ(at(r, "vllm_result[1].Successful requests").context.rate, "0.50");
  EXPECT_EQ(at(r, "vllm_result[1].Mean TTFT (ms)").context.rate, "0.50");
}

TEST(ConsoleTables, AProseLineAboveAFenceNamingAnAcceleratorLabelsItsFigures) {
  const auto r = run(FileType::markdown,
                     "## Results\n\nYou should see output like this (the output below was "
                     "obtained on A100-80GB with TRT-LLM v0.12)\n\n```\n============ Serving "
                     "Benchmark Result ============\nMean TTFT (ms):                          "
                     "120.5\n==================================================\n```\n\n"
                     "Later, elsewhere:\n\n```\n============ Serving Benchmark Result "
                     "============\nMean TTFT (ms):                          "
                     "120.5\n==================================================\n```\n");
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.gpu, "A100-80GB");
  EXPECT_EQ(at(r, "vllm_result[1].Mean TTFT (ms)").context.gpu, "");  // that fence only
}

TEST(ConsoleTables, TheOllamaPythonClientsResponseReprIsRead) {
  const auto r = run(FileType::markdown,
                     "```python\nprint(response)\n\n"
                     "# model='gemma3-tools' created_at='2025-03-14T02:47:29Z'\n"
                     "# done=True done_reason='stop' total_duration=19211740040\n"
                     "# load_duration=8867467023 prompt_eval_count=79\n"
                     "# prompt_eval_duration=6591000000 eval_count=35\n"
                     "# eval_duration=3736000000\n```\n");
  const auto& total = at(r, "ollama_response[0].total_duration");
  EXPECT_EQ(total.metric_id(), "total_duration");
  EXPECT_EQ(total.unit, "ns");
  EXPECT_EQ(total.normalized, 19211.74004);
  EXPECT_EQ(total.context.model, "gemma3-tools");
  EXPECT_EQ(at(r, "ollama_response[0].eval_count").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "ollama_response[0].prompt_eval_count").metric_id(), "input_tokens");
  EXPECT_EQ(at(r, "ollama_response[0].eval_count").statistic, "sample");
}

// Held-out set 22: a harness logging the older client's dict, each with some of its figures.
TEST(ConsoleTables, TheOllamaClientsDictInALogIsReadOneResponsePerLine) {
  const auto r = run(FileType::text,
                     "Ollama API response: {'response': 'Hi', 'model': 'gpt-oss:latest', "
                     "'eval_count': 1690, 'eval_duration': 10500619890}\n"
                     "Inference completed in 10.71 seconds\n"
                     "Ollama API response: {'response': 'Hello', 'eval_count': 1893, "
                     "'eval_duration': 11639743363}\n");
  const auto& first = at(r, "ollama_response[0].eval_count");
  EXPECT_EQ(first.metric_id(), "output_tokens");
  EXPECT_EQ(first.context.model, "gpt-oss:latest");
  EXPECT_EQ(at(r, "ollama_response[0].eval_duration").normalized, 10500.61989);
  EXPECT_EQ(at(r, "ollama_response[1].eval_count").value, 1893);  // a figure again: the next
}

// Held-out set 22: llama.cpp beside its fork ik_llama.cpp, one column each.
TEST(ConsoleTables, AColumnNamingAnEngineInBracketsIsThatEnginesFigures) {
  const auto r = run(FileType::markdown,
                     "| model | threads | test | t/s (llama.cpp) | t/s (ik_llama.cpp) |\n"
                     "| --- | ---: | ---: | ---: | ---: |\n"
                     "| llama 8B BF16 | 16 | pp512 | 78.58 ± 0.10 | 256.90 ± 0.36 |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s (llama.cpp)").context.backend, "llama.cpp");
  EXPECT_EQ(at(r, "table[0][0].t/s (ik_llama.cpp)").context.backend, "ik_llama.cpp");
  EXPECT_EQ(at(r, "table[0][0].t/s (ik_llama.cpp)").metric_id(), "prompt_eval_rate");
}

TEST(ConsoleTables, AToolsResponseJsonInAFenceIsReadAndItsElisionsAreNull) {
  const auto r =
      run(FileType::markdown,
          "## llama2 on Arc\n\n```bash\ncurl http://localhost:11434/api/generate -d '\n"
          "{ \"model\": \"llama2\", \"prompt\": \"What is AI?\", \"num_ctx\": 4096 }'\n```\n\n"
          "Sample output:\n```\n{\"model\":\"llama2\",\"response\":\"AI [1] is...\",\"done\":true,"
          "\"context\":[xxx,xxx],\"total_duration\":12831317190,\"eval_count\":390,"
          "\"eval_duration\":6079077000}\n```\n"
          "```\n{\"temperature\": 0.7, \"top_p\": 0.9}\n```\n");
  const auto& eval = at(r, "line[10].eval_count");
  EXPECT_EQ(eval.metric_id(), "output_tokens");
  EXPECT_EQ(eval.statistic, "sample");
  EXPECT_EQ(eval.context.model, "llama2");
  EXPECT_EQ(at(r, "line[10].eval_duration").unit, "ns");
  EXPECT_EQ(r.format, "ollama api");
  ASSERT_EQ(r.warnings.size(), 1U);
  EXPECT_NE(r.warnings[0].find("line 10: ollama api JSON with elided values"), std::string::npos);
  // The request body and an options block are no results of a format read here.
  EXPECT_FALSE(has_row(r, "line[13].temperature"));
  // (Its tokens per second, 390 / 6.079077 s, worked out as Ollama's documentation says.)
  EXPECT_NEAR(*at(r, "line[10].eval_count/eval_duration").normalized, 64.154, 1e-3);
  EXPECT_EQ(r.rows.size(), 4U);
}

TEST(ConsoleTables, KeyValueMeasurementLinesOfAScript) {
  const auto r = run(FileType::markdown,
                     "### qwen3.6:35b (MoE, Q4_K_M)\n\n```\n"
                     "COLD   TTFT=5556ms  load=5428ms  prompt_eval=101ms  TPOT=17.5ms  "
                     "throughput=57.0 tok/s\n"
                     "WARM-1 TTFT= 236ms  load= 151ms  TPOT=17.3ms  throughput=57.7 tok/s\n"
                     "→ avg WARM: TTFT=222ms, TPOT=17.4ms, throughput=57.3 tok/s\n"
                     "ISL=100000, OSL=500, C=8, N=150\n"
                     "  rate=2: 47/48 ok, e2e_mean=5.1s, tok/s=25.2\n```\n");
  const auto& cold = at(r, "line[4].TTFT");
  EXPECT_EQ(cold.metric_id(), "ttft");
  EXPECT_EQ(cold.normalized, 5556);
  EXPECT_EQ(cold.context.config, "COLD");
  EXPECT_EQ(cold.context.model, "qwen3.6:35b");
  EXPECT_EQ(at(r, "line[4].throughput").normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "line[4].throughput").normalized, 57.0);  // the unit after a space
  EXPECT_EQ(at(r, "line[5].TTFT").normalized, 236);         // a space after '='
  EXPECT_EQ(at(r, "line[5].TTFT").context.config, "WARM-1");
  const auto& avg = at(r, "line[6].TPOT");
  EXPECT_EQ(avg.statistic, "mean");
  EXPECT_EQ(avg.context.config, "WARM");
  EXPECT_FALSE(has_row(r, "line[7].ISL"));  // a run's settings: no timing or rate
  const auto& e2e = at(r, "line[8].e2e_mean");
  EXPECT_EQ(e2e.metric_id(), "e2e_latency");
  EXPECT_EQ(e2e.normalized, 5100);
  EXPECT_EQ(e2e.context.rate, "2");
  // Prose is no measurement line, nor is a call's argument list.
  const auto prose = run(FileType::markdown,
                         "```\nWe measured it twice and found TTFT=20ms and TPOT=5ms then.\n"
                         "run(ttft=20ms, tpot=5ms)\n```\n");
  EXPECT_TRUE(prose.rows.empty());
}

TEST(ConsoleTables, AScriptsOllamaStatisticsInWords) {
  const auto r = run(FileType::markdown,
                     "### Ergebnis:\n**1**\nPrompt tokens per second: 22.61\n"
                     "Completion tokens per second: 5.3\nLoad duration: 0.04 seconds\n"
                     "Total duration: 104.68 seconds\n");
  EXPECT_EQ(at(r, "ollama[0].prompt_eval_rate").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").normalized, 5.3);
  EXPECT_EQ(at(r, "ollama[0].load_duration").normalized, 40);  // no Go duration, but a time
  EXPECT_EQ(at(r, "ollama[0].total_duration").normalized, 104680);
  EXPECT_EQ(at(r, "ollama[0].total_duration").note, "");
}

TEST(ConsoleTables, ANotesModelItemWithAnEqualsSign) {
  const auto r = run(FileType::markdown,
                     "## Ollama\n\n- Model = llama3.1 8B q4\n- n = 5\n\n### Ergebnis:\n"
                     "Prompt tokens per second: 22.61\n");
  EXPECT_EQ(at(r, "ollama[0].prompt_eval_rate").context.model, "llama3.1 8B q4");
  EXPECT_EQ(at(r, "ollama[0].prompt_eval_rate").context.quantization, "Q4");
}

TEST(ConsoleTables, MlxLmsGenerationStatistics) {
  const auto r = run(FileType::markdown,
                     "## MLX-LM\n\n- Model = mlx-community/Meta-Llama-3.1-8B-Instruct-4bit\n\n"
                     "**1**\nPrompt: 7 tokens, 6.657 tokens-per-sec\n"
                     "Generation: 256 tokens, 7.932 tokens-per-sec\nPeak memory: 5.990 GB\n\n"
                     "**2**\nPrompt: 7 tokens, 13.068 tokens-per-sec\n"
                     "Generation: 256 tokens, 7.728 tokens-per-sec\n");
  const auto& decode = at(r, "mlx[0].generation_tps");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.normalized, 7.932);
  EXPECT_EQ(decode.statistic, "sample");
  EXPECT_EQ(decode.context.backend, "mlx");
  EXPECT_EQ(decode.context.model, "mlx-community/Meta-Llama-3.1-8B-Instruct-4bit");
  EXPECT_EQ(at(r, "mlx[0].prompt_tps").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "mlx[0].generation_tokens").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "mlx[0].peak_memory").normalized, 5.99e9);  // decimal gigabytes
  EXPECT_EQ(at(r, "mlx[0].peak_memory").statistic, "max");
  EXPECT_EQ(at(r, "mlx[1].prompt_tps").normalized, 13.068);
  // Prose that begins the same way is no statistics line.
  const auto prose = run(FileType::markdown, "Prompt: a question about startups.\n");
  EXPECT_TRUE(prose.rows.empty());
}

TEST(ConsoleTables, ElisionsAsNull) {
  EXPECT_EQ(elisions_as_null(R"({"a":[xxx,xxx],"b":"x y","c":1.5e3})"),
            R"({"a":[null,null],"b":"x y","c":1.5e3})");
  EXPECT_EQ(elisions_as_null(R"([1, 2, ...])"), "[1, 2, null]");
  EXPECT_EQ(elisions_as_null(R"({"s":"a\"b xxx","t":true})"), std::nullopt);  // none outside
}

TEST(ConsoleTables, OllamaPsAfterARequestSaysWhereItsModelRan) {
  const auto r =
      run(FileType::markdown,
          "```\n$ ollama run gemma3:27b --verbose\neval rate:            5.12 tokens/s\n"
          "$ ollama ps\nNAME          ID              SIZE     PROCESSOR          UNTIL\n"
          "gemma3:27b    a418f5838eaf    21 GB    25%/75% CPU/GPU    4 minutes from now\n```\n");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.config, "processor=25%/75% CPU/GPU");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.model, "gemma3:27b");
  // Held-out set 42: its SIZE, the memory the loaded model takes.
  const auto& size = at(r, "ollama_ps[0].SIZE");
  EXPECT_EQ(size.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*size.value, 21);
  EXPECT_EQ(size.context.model, "gemma3:27b");
  EXPECT_EQ(size.context.config, "processor=25%/75% CPU/GPU");
}

TEST(ConsoleTables, LlamaBenchTensorSplitIsASettingAndItsDevicesWinOverAHardwareLine) {
  const auto r = run(FileType::markdown,
                     "# Results\n\n**Hardware:** ORCA Supercluster\n\n```\n"
                     "ggml_cuda_init: found 4 CUDA devices:\n"
                     "  Device 0: NVIDIA A30, compute capability 8.0, VMM: yes\n"
                     "  Device 1: NVIDIA A30, compute capability 8.0, VMM: yes\n"
                     "| model | backend | threads | ts | test | t/s |\n"
                     "| --- | --- | --: | --- | --: | --: |\n"
                     "| qwen3 8B Q5_K - Medium | CUDA | 64 | 8.00 | pp512 | 2420.86 ± 0.62 |\n"
                     "| qwen3 8B Q5_K - Medium | CUDA | 64 | 0.00 | tg128 | 75.11 ± 0.04 |\n```\n");
  const auto& ts = at(r, "table[0][0].ts");
  EXPECT_EQ(ts.role, metrics::Role::parameter);  // no prompt-eval rate of 8 tok/s
  EXPECT_EQ(ts.parameter, "tensor_split");
  const auto& rate = at(r, "table[0][0].t/s");
  EXPECT_EQ(rate.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(rate.context.config, "threads=64 ts=8.00");
  // (A table prints the split only when one was asked for: its 0.00 tells this row apart.)
  EXPECT_EQ(at(r, "table[0][1].t/s").context.config, "threads=64 ts=0.00");
  EXPECT_EQ(rate.context.gpu, "2x NVIDIA A30");
}

TEST(ConsoleTables, APhaseColumnNamingALlamaBenchTestHoldsItsRates) {
  const auto r = run(FileType::markdown,
                     "| Node | Config | Prompt (pp512) | Generation (tg128) |\n|---|---|---|---|\n"
                     "| orcaga05 | GPU Full | 7788.02 | 104.24 |\n");
  const auto& pp = at(r, "table[0][0].Prompt (pp512)");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.unit, "tok/s");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(at(r, "table[0][0].Generation (tg128)").metric_id(), "decode_rate");
}

TEST(ConsoleTables, ALogsClosingJsonSummaryOverLinesIsRead) {
  const auto r = run(FileType::text,
                     "model=qwen3.8-27b-bench concurrency=1\n"
                     "  PASS  two_sum   s0   67tok 3s 23.1tok/s\n\n"
                     "{\n  \"model\": \"qwen3.8-27b-bench\",\n  \"pass_at_1\": 0.9375,\n"
                     "  \"wall_seconds\": 262.76,\n  \"mean_completion_tokens\": 250.7\n}\n");
  const auto& pass = at(r, "line[4].pass_at_1");
  EXPECT_EQ(pass.metric_id(), "quality");
  EXPECT_EQ(pass.line, 6u);
  EXPECT_EQ(pass.context.model, "qwen3.8-27b-bench");
  EXPECT_DOUBLE_EQ(*at(r, "line[4].wall_seconds").normalized, 262760);
  EXPECT_EQ(at(r, "line[4].mean_completion_tokens").metric_id(), "output_tokens");
}

TEST(ConsoleTables, SglangsResultBlockPastedAsPlainLinesIntoANoteIsRead) {
  // No fence: the note pastes the console as it came, its block's rate inside the block.
  const auto r =
      run(FileType::markdown,
          "# request rate = 2\n\n"
          "Running: python3 -m sglang.bench_serving --backend sglang --num-prompts 1000\n\n"
          "============ Serving Benchmark Result ============\n"
          "Backend:                                 sglang    \n"
          "Traffic request rate:                    2.0       \n"
          "Successful requests:                     996       \n"
          "Output token throughput (tok/s):         831.83    \n"
          "---------------Time to First Token----------------\n"
          "Mean TTFT (ms):                          1955.72   \n"
          "==================================================\n\n"
          "Some prose after it: 12 ms.\n");
  const auto& ttft = at(r, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_EQ(ttft.context.rate, "2.0");
  EXPECT_EQ(ttft.context.backend, "sglang");
  EXPECT_EQ(at(r, "vllm_result[0].Output token throughput (tok/s)").context.rate, "2.0");
  EXPECT_FALSE(has_row(r, "vllm_result[0].Traffic request rate"));  // the load, no figure
  EXPECT_EQ(r.format, "sglang bench_serving console");  // SGLang's own block, not vLLM's
  // 996 of the 1000 prompts sent: said.
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.back().find("996 of 1000"), std::string::npos) << r.warnings.back();
}

// Held-out set 22: two engines' batched-bench columns side by side, each named in brackets.
// Held-out set 22: a GPU overview whose lead-in names the quantity and the test in words.
TEST(ConsoleTables, ALeadInNamingGenerationOfNTokensGivesTheTestAndOomIsNoLabel) {
  const auto r = run(FileType::markdown,
                     "## Overview\n\n"
                     "Average speed (tokens/s) of generating 1024 tokens by GPUs on LLaMA 3.\n\n"
                     "| GPU | 8B Q4_K_M | 8B F16 |\n|---|---|---|\n"
                     "| 3070 8GB | 70.94 | OOM |\n"
                     "| 4080 16GB | 106.22 | 40.29 |\n\n"
                     "Average 1024 tokens prompt eval speed (tokens/s) by GPUs on LLaMA 3.\n\n"
                     "| GPU | 8B Q4_K_M |\n|---|---|\n| 3070 8GB | 2283.62 |\n");
  const auto& tg = at(r, "table[0][0].8B Q4_K_M");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.context.test, "tg1024");
  EXPECT_EQ(tg.context.config, "");  // "OOM" in a figure column: no label of the row
  EXPECT_EQ(at(r, "table[1][0].8B Q4_K_M").context.test, "pp1024");
}

// Held-out set 22: rows of llama-bench tests, columns of compute backends.
// Held-out set 23: llama.cpp's type names; its "Q2_K - Medium" is plain Q2_K.
TEST(ConsoleTables, LlamaCppsTypeNamesGiveTheirQuantization) {
  const auto r = run(FileType::markdown,
                     "| model | size | backend | test | t/s |\n| --- | ---: | --- | ---: | ---: |\n"
                     "| llama 70B Q2_K - Medium | 24.56 GiB | Vulkan | pp512 | 227.68 ± 1.06 |\n"
                     "| llama 8B Q4_K - Medium | 4.58 GiB | Vulkan | pp512 | 1227.68 ± 1.06 |\n"
                     "| llama 8B Q3_K - Small | 3.41 GiB | Vulkan | pp512 | 1127.68 ± 1.06 |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.quantization, "Q2_K");
  EXPECT_EQ(at(r, "table[0][1].t/s").context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "table[0][2].t/s").context.quantization, "Q3_K_S");
}

TEST(ConsoleTables, RowsOfTestsAndColumnsOfBackendsAreThoseTestsRates) {
  const auto r = run(FileType::markdown,
                     "| Model | Metric | Vulkan RADV | ROCm 7.2 HIP | Winner |\n"
                     "|-------|--------|-------------|--------------|--------|\n"
                     "| Llama 2 7B Q4_K_M | pp512 | 1,074 | **1,182** | HIP |\n"
                     "| Llama 2 7B Q4_K_M | tg128 | **47.3** | 41.8 | Vulkan |\n");
  const auto& pp = at(r, "table[0][0].ROCm 7.2 HIP");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.unit, "tok/s");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.context.backend, "ROCm 7.2 HIP");
  const auto& tg = at(r, "table[0][1].Vulkan RADV");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.context.backend, "Vulkan RADV");
  EXPECT_EQ(tg.context.config.find("Metric="), std::string::npos);  // the test, no label
}

TEST(ConsoleTables, BatchedBenchColumnsOfTwoEnginesAreEachItsEngines) {
  const auto r = run(FileType::markdown,
                     "| PP | TG | B | N_KV | S_TG t/s (llama.cpp) | S_TG t/s (ik_llama.cpp) |\n"
                     "|----|----|---|------|----------------------|-------------------------|\n"
                     "| 128 | 128 | 4 | 640 | 2.44 | 4.58 |\n");
  const auto& ik = at(r, "table[0][0].S_TG t/s (ik_llama.cpp)");
  EXPECT_EQ(ik.metric_id(), "output_throughput");  // 4 sequences together
  EXPECT_EQ(ik.context.concurrency, "4");
  EXPECT_EQ(ik.context.test, "pp128+tg128");
  EXPECT_EQ(ik.context.backend, "ik_llama.cpp");
  EXPECT_EQ(at(r, "table[0][0].PP").role, metrics::Role::parameter);
}

TEST(ConsoleTables, LlamaBatchedBenchsTableIsReadWithItsSettingsAndBatchSpeeds) {
  const std::string table =
      "|    PP |     TG |    B |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |      T s |"
      "    S t/s |\n"
      "|-------|--------|------|--------|----------|----------|----------|----------|----------|"
      "----------|\n"
      "|   512 |     32 |    1 |    544 |    0.215 |  2381.35 |    0.245 |   130.45 |    0.460 |"
      "  1181.81 |\n"
      "|   512 |     32 |   32 |  17408 |    5.699 |  2874.95 |    1.910 |   536.15 |    7.609 |"
      "  2287.88 |\n";
  for (const auto type : {FileType::markdown, FileType::text}) {
    const auto r = run(type, "main: n_kv_max = 270336, n_batch = 2048\n\n" + table);
    EXPECT_EQ(r.format, "llama-batched-bench");
    const auto& tg = at(r, "table[0][1].S_TG t/s");
    EXPECT_EQ(tg.metric_id(), "output_throughput");  // 32 sequences' tokens together
    EXPECT_DOUBLE_EQ(*tg.normalized, 536.15);
    EXPECT_EQ(tg.context.concurrency, "32");
    EXPECT_EQ(tg.context.test, "pp512+tg32");
    const auto& total = at(r, "table[0][0].T s");
    EXPECT_EQ(total.metric_id(), "duration");  // seconds, no rate
    EXPECT_DOUBLE_EQ(*total.normalized, 460.0);
    EXPECT_EQ(at(r, "table[0][0].S t/s").metric_id(), "total_throughput");
    EXPECT_EQ(at(r, "table[0][0].T_PP s").metric_id(), "prompt_eval_time");
    EXPECT_EQ(at(r, "table[0][0].PP").role, metrics::Role::parameter);
    EXPECT_EQ(at(r, "table[0][0].B").parameter, "concurrency");
    EXPECT_EQ(at(r, "table[0][1].N_KV").role, metrics::Role::parameter);
  }
}

TEST(ConsoleTables, AScriptsLineOfFiguresSetApartByBarsIsReadWithItsHeader) {
  const auto r = run(FileType::text,
                     "# throughput -- 700-token code-generation prompt, n=3\n"
                     "# model : Qwen3.8-27B-UD-IQ4_XS-v3.gguf\n"
                     "# ctx   : 32768\n\n"
                     "run1  pp    324.1 tok/s | tg  30.25 tok/s |  700 tok in   23.10s\n"
                     "avg   pp     50.6 tok/s | tg  30.28 tok/s\n\n"
                     "VRAM 15343 MiB | GTT 279 MiB\n");
  const auto& tg = at(r, "line[5].tg");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*tg.normalized, 30.25);
  EXPECT_EQ(tg.context.config, "run1");
  EXPECT_EQ(tg.context.model, "Qwen3.8-27B-UD-IQ4_XS-v3");  // (the GGUF's name)
  EXPECT_EQ(at(r, "line[5].pp").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "line[6].tg").statistic, "mean");   // "avg"
  EXPECT_FALSE(testing::has_row(r, "line[8].VRAM"));  // one memory figure, no timings: no line
  // A table's row is no such line.
  const auto t = run(FileType::text, "| pp 512 tok/s | tg 30 tok/s |\n");
  EXPECT_TRUE(t.rows.empty());
}

TEST(ConsoleTables, AScriptsSummaryLineOfOneQuantitysStatisticsIsRead) {
  const auto r =
      run(FileType::text,
          "=== summary [narrative] (n=5) ===\n"
          "  decode_TPS     mean=  69.25   std=  1.29   CV= 1.9%   min=67.58   max=70.47\n"
          "  TTFT          mean=   136ms  std=   15ms  min=118ms  max=150ms\n"
          "  note          mean= 3 words here\n");
  const auto& mean = at(r, "line[2].decode_TPS.mean");
  EXPECT_EQ(mean.metric_id(), "decode_rate");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_DOUBLE_EQ(*mean.normalized, 69.25);
  EXPECT_EQ(at(r, "line[2].decode_TPS.std").statistic, "std");
  EXPECT_EQ(at(r, "line[2].decode_TPS.CV").statistic, "cv");
  EXPECT_EQ(at(r, "line[2].decode_TPS.CV").unit, "%");
  EXPECT_EQ(at(r, "line[3].TTFT.max").normalized_unit, "ms");
  EXPECT_DOUBLE_EQ(*at(r, "line[3].TTFT.max").normalized, 150.0);
  EXPECT_FALSE(testing::has_row(r, "line[4].note.mean"));  // no metric, one pair: no line
}

// A script's report pasted whole into a plain fence: its Markdown table is read as the
// document's are; its closing "Total duration" is the script's run, no Ollama request.
TEST(ConsoleTables, AScriptsTableInAPlainFenceIsRead) {
  const auto r = run(FileType::markdown, R"(# GPU Benchmark Comparison Report

## report-A6000_24GB-mistral.txt
```
GPU: A6000-24GB
Model: mistral-small3.2:latest

| GPU | Model | Prompt Tokens | PP/s | TTFT | Generated Tokens | TG/s | Duration |
| --- | ----- | ------------- | ---- | ---- | ---------------- | ---- | -------- |
| A6000-24GB | mistral-small3.2:latest | 469 | 1169.37 | 0.40 | 1028 | 35.88 | 29.05 |

Total duration: 5m12s
```

```python
print("| a | b |")
print("|---|---|")
print("| 1 | 2 |")
```
)");
  const auto& pp = at(r, "table[0][0].PP/s");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.model, "mistral-small3.2:latest");
  EXPECT_EQ(pp.context.gpu, "A6000-24GB");
  EXPECT_EQ(at(r, "table[0][0].TG/s").metric_id(), "decode_rate");
  const auto& total = at(r, "line[12].total duration");
  EXPECT_EQ(total.metric_id(), "duration");
  EXPECT_EQ(total.normalized.value_or(0), 312000);
  EXPECT_EQ(total.context.backend, "");
  EXPECT_EQ(total.context.model, "mistral-small3.2:latest");  // the fence's "Model:" line
  EXPECT_FALSE(has_row(r, "ollama[0].total_duration"));
  EXPECT_NE(r.format, "ollama verbose");
  EXPECT_FALSE(has_row(r, "table[1][0].a"));  // a program's source prints no results
}

// Held-out set 22: a console's figure lines pasted into a note's prose, unfenced, under their
// caption; the load its own line states holds for the whole block. Prose with a colon is not.
TEST(ConsoleTables, AlignedFigureLinesInProseAreRead) {
  const auto r = run(FileType::markdown, R"(## Benchmarking Results
Benchmark Results for FP4:
Total Requests:                         16
Concurrency Level:                      8
Avg TTFT (ms):                          2147.2047
Request Throughput (req/sec):           7.2641

The TTFT: 12 ms in the first run was an outlier.
)");
  const auto& ttft = at(r, "line[5].Avg TTFT (ms)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_EQ(ttft.context.concurrency, "8");
  EXPECT_EQ(ttft.context.quantization, "FP4");
  EXPECT_EQ(at(r, "line[3].Total Requests").context.concurrency, "8");  // the line below says
  EXPECT_EQ(at(r, "line[6].Request Throughput (req/sec)").metric_id(), "request_throughput");
  EXPECT_FALSE(has_row(r, "line[8].The TTFT"));
}

// Held-out set 22: a benchmarking script's log: a line per request with its time and rate,
// its model from the line announcing the run, and a device's average at the end.
TEST(ConsoleTables, AScriptsRequestLinesAndADevicesAverage) {
  const auto r = run(FileType::text, R"(Benchmarking gpt-oss:latest on GPU 0 (Run 1/5)
Running inference on model gpt-oss:latest on GPU 0
Inference completed in 10.71 seconds, 160.94 tokens/sec
The download completed in full, 3 files.

Model: gpt-oss:latest
  GPU 0: 162.16 tokens/sec (avg of 5 runs)
)");
  const auto& took = at(r, "line[3].completed in");
  EXPECT_EQ(took.metric_id(), "e2e_latency");
  EXPECT_EQ(took.statistic, "sample");
  EXPECT_DOUBLE_EQ(took.normalized.value_or(0), 10710);
  EXPECT_EQ(took.context.model, "gpt-oss:latest");
  const auto& rate = at(r, "line[3].tokens/sec");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  EXPECT_EQ(rate.statistic, "sample");
  EXPECT_EQ(r.rows.size(), 3u);  // not the download line
  const auto& mean = at(r, "line[7].GPU 0");
  EXPECT_EQ(mean.metric_id(), "token_rate");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.context.gpu, "GPU 0");
  EXPECT_EQ(mean.context.model, "gpt-oss:latest");
}

// Held-out set 24: a Python logger's lines: time and level before the message, a section's tag
// naming the figure of a model ("[Cold start] Qwen2.5 0.5B: 3081 ms"), the run's line above.
TEST(ConsoleTables, ALoggersTaggedFigureLinesAreRead) {
  const auto r = run(FileType::text, R"(2026-06-20 16:25:53 [INFO] SLM Runtime Benchmarking
2026-06-20 16:25:54 [INFO]   [Hardware] GPU: NVIDIA GeForce RTX 4050 Laptop GPU
2026-06-20 16:26:19 [INFO] 
[1/5] Model=Qwen2.5 0.5B | Scenario=serial | Run=1
2026-06-20 16:26:19 [INFO]   [Warmup] Qwen2.5 0.5B — 3 rounds
2026-06-20 16:26:22 [INFO]   [Cold start] Qwen2.5 0.5B: 3081 ms
2026-06-20 16:27:41 [INFO]   [Saved] results: 50 rows
)");
  const auto& cold = at(r, "line[6].Cold start");
  EXPECT_DOUBLE_EQ(cold.normalized.value_or(0), 3081);
  EXPECT_EQ(cold.statistic, "sample");
  EXPECT_EQ(cold.context.model, "Qwen2.5 0.5B");
  EXPECT_EQ(cold.context.config, "Scenario=serial");
  EXPECT_NE(cold.context.gpu.find("RTX 4050"), std::string::npos);
  EXPECT_EQ(r.rows.size(), 1u);  // no figure from the warm-up or the saved rows
}

// Held-out set 45: a label and several figures on one line, each with its unit and the word that
// names its quantity ("Run 1: 933.9ms, 5.4 tokens/sec, 6162.2MB memory"), a row each (a run's
// samples; a model's label its context); a figure with its workload in brackets ("2218.8 ms (for
// 10 tokens)").
TEST(ConsoleTables, SeveralFiguresOnALabelledLine) {
  const auto r = run(FileType::text, R"(Run 1: 933.9ms, 5.4 tokens/sec, 6162.2MB memory
Run 2: 851.1ms, 5.9 tokens/sec, -56.9MB memory
Average Latency: 2218.8 ms (for 10 tokens)
Qwen3-Coder-Next Q4_K_M: 48.5GB, 33.92 TPS
Utilization: 33% average, 93% peak
)");
  EXPECT_EQ(at(r, "line[1].Run 1[1]").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "line[1].Run 1[1]").statistic, "sample");
  EXPECT_EQ(at(r, "line[1].Run 1[2]").metric_id(), "memory");
  EXPECT_EQ(at(r, "line[2].Run 2[2]").statistic, "delta");  // (memory below zero: a change)
  EXPECT_EQ(at(r, "line[3].Average Latency").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "line[3].Average Latency").context.config, "for 10 tokens");
  const auto& tps = at(r, "line[4].Qwen3-Coder-Next Q4_K_M[1]");
  EXPECT_EQ(tps.context.model, "Qwen3-Coder-Next Q4_K_M");
  EXPECT_EQ(tps.statistic, "value");
  EXPECT_EQ(at(r, "line[5].Utilization[1]").statistic, "max");
  // "Memory: 31.48 GB" under "=== Hardware Detection Summary ===" in a fence: what the machine
  // has; under a results title, memory in use.
  const auto hw = run(FileType::markdown, R"(```
=== Hardware Detection Summary ===
Memory: 31.48 GB
```

```
=== Benchmark Results ===
Memory: 6.1 GB
```
)");
  EXPECT_EQ(at(hw, "line[3].Memory").parameter, "system_memory");
  EXPECT_EQ(at(hw, "line[8].Memory").metric_id(), "memory");
}

// Held-out set 46: a bare time beside one written with its unit on a line of pairs is in that unit.
TEST(ConsoleTables, ABareTimeBesideOneWithItsUnit) {
  const auto r = run(FileType::text, "CONTEXT OllamaQ8 round=1 ttft=9.43 wall=10.13s pass=True\n");
  EXPECT_EQ(at(r, "line[1].ttft").unit, "s");
  EXPECT_DOUBLE_EQ(*at(r, "line[1].ttft").normalized, 9430);
}

// A logger's time in brackets or with its zone, and a level written bare, are no part of the
// figure's label.
TEST(ConsoleTables, ALoggersTimeInBracketsOrWithAZone) {
  const auto r = run(FileType::text, R"([2025-09-04 15:44:04] INFO generation: 35.2 tok/s
[2025-09-04T15:44:05+02:00] INFO ttft: 120 ms
2025-09-04T15:44:06Z WARNING: prompt eval rate: 850.5 tokens/s
)");
  EXPECT_EQ(at(r, "line[1].generation").metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*at(r, "line[2].ttft").normalized, 120);
  EXPECT_EQ(at(r, "line[3].prompt eval rate").metric_id(), "prompt_eval_rate");
}

// Held-out set 24: a load script's lines announcing its model and concurrency label the
// statistics lines below them.
TEST(ConsoleTables, AScriptsRunLinesLabelItsStatisticsLines) {
  const auto r = run(
      FileType::text,
      R"(Benchmarking model='mlx-community/gemma-3-12b-it-4bit' at base_url='http://localhost:10240/v1'
Rounds=3, Requests/Round=5, Concurrency=5

Round 1/3:
  Latency avg=16.3854s p50=15.8564s p95=17.536s p99=17.536s min=14.6451s max=17.536s
  Errors=0  Round wall=17.537s  Throughput=0.29 req/s
)");
  const auto& p50 = at(r, "line[5].Latency.p50");
  EXPECT_EQ(p50.metric_id(), "e2e_latency");
  // "Round 1/3:" says which round the lines below are of: its samples ("Rounds=3" says how many
  // rounds, no round's number).
  EXPECT_EQ(at(r, "line[6].Throughput").statistic, "sample");
  EXPECT_EQ(at(r, "line[6].Throughput").context.config, "round=1");
  EXPECT_EQ(p50.context.model, "mlx-community/gemma-3-12b-it-4bit");
  EXPECT_EQ(p50.context.concurrency, "5");
  const auto overall = run(FileType::text, R"(Rounds=3, Requests/Round=5, Concurrency=5

  Errors=0  Total wall=50.575s  Throughput=0.3 req/s
)");
  EXPECT_EQ(at(overall, "line[3].Throughput").statistic, "value");
}

// Held-out set 25: a sweep's log: a progress line of settings, then a line of figures whose
// names say what they are by their units ("prefill=10.96 t/s"); a key with a slash spoils none.
TEST(ConsoleTables, ASweepsProgressLineLabelsTheFigureLineAfterIt) {
  const auto r = run(FileType::text, R"([02:57:45] ━━━ Q2_K ━━━
[02:57:45]   [1/42 eta=0s]  Q2_K  ctx=256  trial=1  ...
[02:58:15]     prompt_eval=113 tok  prefill=10.96 t/s  decode=7.61 t/s  IPC=2.849  cache_miss_proxy/tok=759354
)");
  const auto& decode = at(r, "line[3].decode");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.statistic, "sample");  // one trial's
  EXPECT_EQ(decode.context.config, "ctx=256");
  EXPECT_EQ(decode.context.quantization, "Q2_K");
  EXPECT_EQ(at(r, "line[3].prefill").metric_id(), "prompt_eval_rate");
}

// Held-out set 42: a logger's time of day before a line of figures ("02:24:49 size= 256 c=1 ...")
// is no label of its run: its configuration is the settings alone.
TEST(ConsoleTables, ALoggersTimeOfDayIsNoLabel) {
  const auto r =
      run(FileType::text,
          "02:24:49 size=    256 c=1 ttft=    0.85s prefill=    330.5 tok/s "
          "decode=  50.5 tok/s\n2026-05-15 10:54:13.8 size=512 ttft=1.2s decode=40 tok/s\n");
  EXPECT_EQ(at(r, "line[1].decode").context.config, "size=256");
  EXPECT_EQ(at(r, "line[1].decode").context.concurrency, "1");
  EXPECT_EQ(at(r, "line[2].ttft").context.config, "size=512");
  // ... nor Go's, vLLM's or ISO's date and time, nor the half of the day.
  const auto more = run(FileType::text,
                        "2026/05/15 10:54:13 size=256 ttft=0.85s decode=50.5 tok/s\n"
                        "INFO 05-15 10:54:14 size=512 ttft=1.10s decode=49.9 tok/s\n"
                        "10:54:15 AM size=1024 ttft=1.62s decode=48.7 tok/s\n"
                        "2026-05-15T10:54:16Z size=2048 ttft=2.71s decode=47.2 tok/s\n");
  EXPECT_EQ(at(more, "line[1].ttft").context.config, "size=256");
  EXPECT_EQ(at(more, "line[2].ttft").context.config, "size=512");
  EXPECT_EQ(at(more, "line[3].ttft").context.config, "size=1024");
  EXPECT_EQ(at(more, "line[4].ttft").context.config, "size=2048");
}

// Held-out set 25: a table a program printed aligned by spaces, in a text fence: read as the pipe
// table it stands for; a llama-bench test's column heads its rate ("pp512 t/s").
TEST(ConsoleTables, ATableAlignedBySpacesIsRead) {
  const auto r = run(FileType::markdown, R"(# Intel Xe2

```text
Backend        pp512 t/s   tg128 t/s   t/TFLOP   MBW %
CPU             25.05       11.59       52.74    30.23
SYCL FP32      180.77       14.39        5.65    37.53
```

```text
Loaded   the model   in  3 s
Warm-up  done        at  5 s
```

```text
UID          PID    PPID  C STIME TTY          TIME CMD
root           1       0  0 10:02 ?        00:00:01 /sbin/init
```
)");
  const auto& pp = at(r, "table[0][1].pp512 t/s");
  EXPECT_DOUBLE_EQ(pp.value.value_or(0), 180.77);
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_NE((pp.context.backend + " " + pp.context.config).find("SYCL FP32"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][0].tg128 t/s").metric_id(), "decode_rate");
  EXPECT_FALSE(has_row(r, "table[1][0].in"));  // prose aligned by chance names no measurement
  for (const auto& row : r.rows) EXPECT_NE(row.name, "PPID");  // nor a process listing
}

// Held-out set 25: llama-bench's rows pasted without their header are read under the header
// they stand for; a pipe row of other cells is not.
TEST(ConsoleTables, LlamaBenchRowsWithoutTheirHeader) {
  const auto r = run(FileType::markdown, R"(# Xe2

```text
ZES_ENABLE_SYSMAN=1 ./llama-bench -m ~/ai/models/gguf/llama-2-7b.Q4_0.gguf
| 0 | [level_zero:gpu:0] | Intel Graphics [0x64a0] | 1.6 | 64 | 1024 | 32 | 15064M | 1.3.31294 |
| llama 7B Q4_0 | 3.56 GiB | 6.74 B | SYCL | 99 | pp512 | 705.09 ± 7.19 |
| llama 7B Q4_0 | 3.56 GiB | 6.74 B | SYCL | 99 | tg128 | 24.27 ± 0.19 |
build: 1d5f8dd (1)
```
)");
  const MetricRow* tg = nullptr;
  for (const auto& row : r.rows) {
    if (row.context.test == "tg128" && row.statistic == "mean") tg = &row;
  }
  ASSERT_TRUE(tg);
  EXPECT_EQ(tg->metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(tg->value.value_or(0), 24.27);
  EXPECT_EQ(tg->context.backend, "SYCL");
  EXPECT_EQ(tg->context.quantization, "Q4_0");
}

// Held-out set 25: llm_benchmark's system lines in a fence ("gpu_info: NVIDIA GeForce RTX 3090")
// name the GPU of the fence's figures, so two machines' runs are told apart.
TEST(ConsoleTables, AFencesGpuInfoLineLabelsItsFigures) {
  const auto r = run(FileType::markdown, R"(# GPUs

## 3090 Results

```txt
gpu_info: NVIDIA GeForce RTX 3090
model_name =    mistral:7b
eval rate:            131.28 tokens/s
```

## 5090 Results

```txt
gpu_info: NVIDIA GeForce RTX 5090
model_name =    mistral:7b
eval rate:            201.50 tokens/s
```
)");
  std::vector<std::string> gpus;
  for (const auto& row : r.rows) {
    if (row.metric_id() == "decode_rate") gpus.push_back(row.context.gpu);
  }
  EXPECT_EQ(gpus, (std::vector<std::string>{"NVIDIA GeForce RTX 3090", "NVIDIA GeForce RTX 5090"}));
}

// tabulate's "simple" format (a rule of dashes under the header) and a console's table with a
// box-drawn rule under its header, figures with units glued on ("95.4t/s") or an aside
// ("196ms (c:698)"). A numbered list of figures is no table.
TEST(ConsoleTables, SpacedTablesWithARuleUnderTheHeader) {
  const auto r = run(FileType::text,
                     "concurrency    ttft_ms    tok_s\n"
                     "-------------  ---------  -------\n"
                     "1                 45.2     81.2\n"
                     "8                 60.5    512.3\n"
                     "\n"
                     "  ID      Name                 TTFT     Decode    Prefill   PeakRSS\n"
                     "  \xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\n"
                     "  A_Q4_1  Qwen3.5 4bit mlx-lm  196ms (c:698)   95.4t/s   3836 t/s   2796MB\n"
                     "  A_Q4_2  Qwen3.5 4bit mlx-vlm  629ms          46.4t/s   1194 t/s   1540MB\n"
                     "\n"
                     "1. Agent 1 model load:     3.5 GB \xE2\x86\x92  125 ms (cold)\n"
                     "2. Agent 2 model load:     3.2 GB \xE2\x86\x92  100 ms (cold)\n");
  EXPECT_EQ(at(r, "table[0][1].ttft_ms").metric_id(), "ttft");
  EXPECT_EQ(at(r, "table[0][1].ttft_ms").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[0][1].tok_s").value, 512.3);
  const auto& ttft = at(r, "table[1][0].TTFT");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.value, 196);
  EXPECT_EQ(at(r, "table[1][0].Decode").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[1][0].Prefill").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "table[1][1].Decode").context.config, "ID=A_Q4_2 Name=Qwen3.5 4bit mlx-vlm");
  EXPECT_FALSE(has_row(r, "table[2][0].125 ms (cold)"));
}

// A harness's progress: "▸ Run 2/3..." announces one repetition; the figure line under it is a
// sample ("dec"/"pre" its decode and prefill rates), until a blank line.
TEST(ConsoleTables, ARunsAnnouncementMakesItsFigureLinesSamples) {
  const auto r = run(FileType::text,
                     "  \xE2\x96\xB8 Run 1/3...\n"
                     "  TTFT=176ms  dec=93.2t/s  pre=131t/s  total=3.1s\n"
                     "\n"
                     "Summary: TTFT=170ms  dec=93.7t/s\n");
  const auto& dec = at(r, "line[2].dec");
  EXPECT_EQ(dec.metric_id(), "decode_rate");
  EXPECT_EQ(dec.statistic, "sample");
  EXPECT_EQ(at(r, "line[2].pre").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "line[2].TTFT").statistic, "sample");
  EXPECT_NE(at(r, "line[4].TTFT").statistic, "sample");
}

// A llama.cpp run's log on SYCL: the loader names the GGUF, the SYCL device list names the GPU
// (its columns are what the device has, no measurements), and the timings take both.
TEST(ConsoleTables, ALlamaCppLogOnSyclNamesItsModelAndDevice) {
  const auto r = run(
      FileType::text,
      R"(llama_model_loader: loaded meta data with 19 key-value pairs and 291 tensors from models/llama-2-7b.Q4_0.gguf (version GGUF V2)
found 1 SYCL devices:
|  |                   |                                       |       |Max    |        |Max  |Global |                     |
|  |                   |                                       |       |compute|Max work|sub  |mem    |                     |
|ID|        Device Type|                                   Name|Version|units  |group   |group|size   |       Driver version|
|--|-------------------|---------------------------------------|-------|-------|--------|-----|-------|---------------------|
| 0| [level_zero:gpu:0]|                Intel Arc A770 Graphics|    1.3|    512|    1024|   32| 16225M|            1.3.28202|
llama_print_timings:        load time =    5398.96 ms
llama_print_timings:        eval time =   13133.27 ms /   399 runs   (   32.92 ms per token,    30.38 tokens per second)
)");
  const auto& eval = at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(eval.metric_id(), "decode_rate");
  EXPECT_EQ(eval.context.model, "llama-2-7b.Q4_0");
  EXPECT_EQ(eval.context.gpu, "Intel Arc A770 Graphics");
  EXPECT_EQ(at(r, "table[0][0].units").role, metrics::Role::identifier);
}

// A harness's log of several runs, each under a banner ("Backend: mlx-lm  ·  Fmt: MLX"), then a
// summary table of them all: each run's lines take their banner's backend (the first item
// alone), the summary's rows the engine their names say, none the last banner's; two figures
// pressed one space apart ("278t 253.4s") are two cells.
TEST(ConsoleTables, ABannerPerRunAndASummaryOfThemAll) {
  const auto r =
      run(FileType::text,
          "  Backend: mlx-lm  \xC2\xB7  Fmt: MLX  \xC2\xB7  Quant: 4bit\n"
          "  TTFT=176ms  dec=93.2t/s\n"
          "\n"
          "  Backend: ollama  \xC2\xB7  Fmt: GGUF  \xC2\xB7  Quant: Q4_K_M\n"
          "  TTFT=718ms  dec=33.3t/s\n"
          "\n"
          "  ID      Name                   Quant    TTFT       Decode    Tokens   Total\n"
          "  A_Q4_1  Qwen3.5 4bit mlx-lm    4bit     196ms      95.4t/s   505t     5.5s\n"
          "  A_Q4_5  Qwen3.5 Q4_K_M Ollama  Q4_K_M   718ms      33.3t/s   512t    16.2s\n"
          "  A_Q4_9  Qwen3.5 Docker MR      Q4_K_M   52ms       53.9t/s   278t 253.4s\n");
  EXPECT_EQ(at(r, "line[2].dec").context.backend, "mlx-lm");
  EXPECT_EQ(at(r, "line[5].dec").context.backend, "ollama");
  EXPECT_EQ(at(r, "table[0][0].Decode").context.backend, "mlx-lm");
  EXPECT_EQ(at(r, "table[0][1].Decode").context.backend, "Ollama");
  EXPECT_EQ(at(r, "table[0][2].Decode").context.backend, "");  // no banner's
  EXPECT_EQ(at(r, "table[0][2].Total").value, 253.4);
}

// llama.cpp's newer Vulkan device line, a SYCL list that names one GPU through Level Zero and
// OpenCL (one GPU, and no CPU), and timings printed with a decimal comma.
TEST(ConsoleTables, LlamaCppDeviceLinesAndDecimalCommas) {
  const auto vulkan = run(FileType::text, R"(ggml_vulkan: Found 1 Vulkan devices:
Vulkan0: Intel(R) Arc(tm) A770 Graphics (DG2) (Intel open-source Mesa driver) | uma: 0 | fp16: 1
llama_print_timings:        load time =    2951,76 ms
llama_print_timings:        eval time =  149901,40 ms /   459 runs   (  326,58 ms per token,     3,06 tokens per second)
)");
  const auto& load = at(vulkan, "llama_timings[0].load time");
  EXPECT_EQ(load.value, 2951.76);
  EXPECT_EQ(load.context.gpu, "Intel Arc A770 Graphics");
  EXPECT_NE(load.note.find("decimal comma"), std::string::npos);
  EXPECT_EQ(at(vulkan, "llama_timings[0].eval time rate").value, 3.06);
  const auto sycl = run(FileType::text, R"(found 3 SYCL devices:
|ID|        Device Type|                                   Name|Version|
|--|-------------------|---------------------------------------|-------|
| 0| [level_zero:gpu:0]|                Intel Arc A770 Graphics|    1.3|
| 1|     [opencl:gpu:0]|                Intel Arc A770 Graphics|    3.0|
| 2|     [opencl:cpu:0]|AMD Ryzen 5 5600G with Radeon Graphics |    3.0|
llama_print_timings:        load time =    2264.36 ms
)");
  EXPECT_EQ(at(sycl, "llama_timings[0].load time").context.gpu, "Intel Arc A770 Graphics");
}

// SGLang's bench_serving block: "Max request concurrency" is the run's setting (its load), its
// "Concurrency" the requests in flight it measured on average.
TEST(ConsoleTables, SglangsBlockSetsAndMeasuresConcurrency) {
  const auto r = run(FileType::text, R"(============ Serving Benchmark Result ============
Backend:                                 sglang
Traffic request rate:                    inf
Max request concurrency:                 16
Successful requests:                     80
Output token throughput (tok/s):         730.38
Concurrency:                             13.74
==================================================
)");
  EXPECT_EQ(at(r, "vllm_result[0].Max request concurrency").role, metrics::Role::parameter);
  const auto& measured = at(r, "vllm_result[0].Concurrency");
  EXPECT_EQ(measured.metric_id(), "concurrency");
  EXPECT_EQ(measured.statistic, "mean");
  EXPECT_EQ(measured.value, 13.74);
  EXPECT_EQ(at(r, "vllm_result[0].Output token throughput (tok/s)").context.concurrency, "16");
}

// Held-out set 30: a script's log frames each run's title with rules ("📊 SkipLLaMA Benchmark
// Results") and prints each quantity as a label over its statistics ("⚡ Time to First Token:",
// "   P50: 0.626s"): one row per statistic, labelled by the run. A framed step of the script
// ("STATE CHECK: PRE-FLIGHT") or a report's part ("Performance Comparison") labels nothing.
TEST(ConsoleTables, StatisticsUnderALabelInAFramedRunsBlock) {
  const auto r = run(FileType::text, R"(============================================================
📊 SkipLLaMA Benchmark Results
============================================================
⚡ Time to First Token:
   P50: 0.626s
   Mean: 0.716s
🚀 Output Generation Speed:
   P90: 0.9 tokens/sec

============================================================
🏁 Performance Comparison
============================================================
⚡ Time to First Token:
   P50: 1.279s
)");
  const auto& p50 = at(r, "line[5].Time to First Token.P50");
  ASSERT_NE(p50.metric, nullptr);
  EXPECT_EQ(p50.metric->id, "ttft");
  EXPECT_EQ(p50.statistic, "median");
  EXPECT_EQ(p50.unit, "s");
  EXPECT_EQ(p50.context.config, "SkipLLaMA");
  EXPECT_EQ(at(r, "line[6].Time to First Token.Mean").statistic, "mean");
  const auto& speed = at(r, "line[8].Output Generation Speed.P90");
  ASSERT_NE(speed.metric, nullptr);
  EXPECT_EQ(speed.metric->id, "decode_rate");
  EXPECT_EQ(at(r, "line[14].Time to First Token.P50").context.config, "");
}

// SGLang's bench_serving prints its dataset's tokens before a run ("#Input tokens: 307200"):
// planned, not measured (the result block's "Total input tokens" is the measurement).
TEST(ConsoleTables, SglangsDatasetTokensBeforeARunArePlanned) {
  const auto r = run(FileType::text, "#Input tokens: 307200\n#Output tokens: 307200\n");
  EXPECT_EQ(at(r, "line[1].Input tokens").statistic, "expected");
  EXPECT_EQ(at(r, "line[2].Output tokens").statistic, "expected");
}

// Held-out set 35: SGLang's "Backend: sglang-oai" is the API its client drove (every figure's
// backend); a prefill run whose requests produced one token each prints ITL and TPOT of 0.00,
// no measurement; the model a sentence right above the fence quotes in code marks is the
// block's.
TEST(ConsoleTables, SglangsPrefillBlockHasNoGapsBetweenTokens) {
  const auto r = run(FileType::markdown, R"(### Bench prefill

Results using `nvidia/DeepSeek-V3.2-NVFP4` model.

```
============ Serving Benchmark Result ============
Backend:                                 sglang-oai
Max request concurrency:                 not set
Successful requests:                     37
Total generated tokens:                  37
Mean TTFT (ms):                          41316.48
Mean ITL (ms):                           0.00
Mean TPOT (ms):                          0.00
==================================================
```

```
============ Serving Benchmark Result ============
Successful requests:                     10
Total generated tokens:                  2000
Mean ITL (ms):                           12.5
==================================================
```
)");
  const auto& itl = at(r, "vllm_result[0].Mean ITL (ms)");
  EXPECT_FALSE(itl.value.has_value());
  EXPECT_NE(itl.note.find("one token"), std::string::npos);
  EXPECT_FALSE(at(r, "vllm_result[0].Mean TPOT (ms)").value.has_value());
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").value, 41316.48);
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.backend, "sglang-oai");
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.concurrency, "");  // ("not set")
  EXPECT_EQ(at(r, "vllm_result[0].Successful requests").context.model,
            "nvidia/DeepSeek-V3.2-NVFP4");
  EXPECT_EQ(at(r, "vllm_result[1].Mean ITL (ms)").value, 12.5);
  ASSERT_EQ(r.warnings.size(), 1u);
}

// Held-out set 35: llama-benchy's tests with their load ("pp2048 (c4)"): the test, and its
// concurrency; "t/s (total)" and "peak t/s" are the rates of all the requests together (input
// tokens in a prompt test, output tokens in a generation test), "t/s (req)" one request's.
TEST(ConsoleTables, LlamaBenchysTotalsAndLoads) {
  const auto r = run(FileType::markdown,
                     "| model | test | t/s (total) | t/s (req) | peak t/s | peak t/s (req) |\n"
                     "|:--|--:|--:|--:|--:|--:|\n"
                     "| qwen3-8b | pp2048 (c4) | 178.48 ± 2.62 | 78.69 ± 37.05 | | |\n"
                     "| qwen3-8b | tg128 @ d8192 (c2) | 4.57 ± 0.13 | 8.08 ± 5.79 | 31.67 ± 0.47 "
                     "| 16.33 ± 0.47 |\n");
  const auto& total = at(r, "table[0][0].t/s (total)");
  EXPECT_EQ(total.metric_id(), "input_throughput");
  EXPECT_EQ(total.context.test, "pp2048");
  EXPECT_EQ(total.context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][0].t/s (req)").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "table[0][1].t/s (total)").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "table[0][1].t/s (total)").context.test, "tg128 @ d8192");
  EXPECT_EQ(at(r, "table[0][1].t/s (req)").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[0][1].peak t/s").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "table[0][1].peak t/s").statistic, "max");
  EXPECT_EQ(at(r, "table[0][1].peak t/s (req)").metric_id(), "decode_rate");
}

// A pandas DataFrame as a notebook prints it (a header over an unnamed index, the index's name
// alone on the next line): read as the table it stands for. An indented console table with no
// index column keeps its columns.
TEST(ConsoleTables, APandasPrintout) {
  const auto r = run(FileType::markdown,
                     "```\n               ttft_s  tok_s\nmodel                       \n"
                     "llama3-8b       0.12   45.1\nqwen2-7b        0.10   48.3\n```\n\n"
                     "```\n    Backend     pp512 t/s   tg128 t/s\n    CUDA        1024.5      "
                     "98.2\n```\n");
  const auto& rate = at(r, "table[0][1].tok_s");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  EXPECT_DOUBLE_EQ(*rate.value, 48.3);
  EXPECT_EQ(rate.context.model, "qwen2-7b");
  EXPECT_EQ(at(r, "table[0][0].ttft_s").unit, "s");
  EXPECT_DOUBLE_EQ(*at(r, "table[1][0].tg128 t/s").value, 98.2);
}

// Held-out set 40: llama.cpp's load log (a decimal-comma locale's too): the model's size and
// parameters are settings, the GPU memory its weights and context took a measurement; its
// timings are llama.cpp's.
TEST(ConsoleTables, LlamaCppsLoadLog) {
  const auto r = run(FileType::text,
                     "llm_load_print_meta: model params     = 1,10 B\n"
                     "llm_load_print_meta: model size       = 636,18 MiB (4,85 BPW)\n"
                     "llm_load_tensors: VRAM used: 601,02 MiB\n"
                     "llama_new_context_with_model: total VRAM used: 608,60 MiB (model: 601,02 "
                     "MiB, context: 7,58 MiB)\n"
                     "print_info: model params     = 7.24 B\n"
                     "llama_print_timings:        load time =    2951,76 ms\n");
  const auto& params = at(r, "llama_load[1].model params");
  EXPECT_EQ(params.role, metrics::Role::parameter);
  EXPECT_EQ(params.parameter, "model_params");
  EXPECT_DOUBLE_EQ(*params.value, 1.1e9);
  EXPECT_EQ(at(r, "llama_load[2].model size").parameter, "model_size");
  const auto& total = at(r, "llama_load[4].total VRAM used");
  EXPECT_EQ(total.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*total.normalized, 608.60 * 1024 * 1024);
  EXPECT_DOUBLE_EQ(*at(r, "llama_load[5].model params").value, 7.24e9);
  EXPECT_EQ(at(r, "llama_timings[0].load time").context.backend, "llama.cpp");
}

// Held-out set 40: lines of trtllm-bench's report pasted above its whole report are a copy,
// counted once (the copy unnamed); lines that only share one figure with it are not.
TEST(ConsoleTables, APastedCopyOfAToolsLinesIsCountedOnce) {
  const std::string report = R"(===========================================================
= PYTORCH BACKEND
===========================================================
Model:                  meta-llama/Llama-3.2-3B-Instruct
TensorRT-LLM Version:   1.1.0rc2

===========================================================
= PERFORMANCE OVERVIEW
===========================================================
Request Throughput (req/sec):                     4.7501
Total Output Throughput (tokens/sec):             1216.0159
Total Token Throughput (tokens/sec):              1277.7668
Total Latency (ms):                               3368.3769
)";
  const auto r = run(FileType::text,
                     "Request Throughput (req/sec):                     4.7501\n"
                     "Total Output Throughput (tokens/sec):             1216.0159\n"
                     "Total Token Throughput (tokens/sec):              1277.7668\n"
                     "\n" +
                         report);
  const auto& copy = at(r, "line[1].Request Throughput (req/sec)");
  EXPECT_EQ(copy.metric_id(), "unknown");
  EXPECT_NE(copy.note.find("a copy"), std::string::npos);
  EXPECT_EQ(at(r, "trtllm_bench[0].Request Throughput (req/sec)").metric_id(),
            "request_throughput");
  const auto one =
      run(FileType::text, "Request Throughput (req/sec):                     4.7501\n\n" + report);
  EXPECT_EQ(at(one, "line[1].Request Throughput (req/sec)").metric_id(), "request_throughput");
}

// Held-out set 41: vegeta's text report, by its own definitions (the attack's rate a setting
// and the figures' load, its latencies end to end); a line of a setting and one request's
// figures with their units.
TEST(ConsoleTables, VegetasReportAndASettingsFiguresLine) {
  const auto r =
      run(FileType::text, R"(Requests      [total, rate, throughput]         100, 10.10, 2.21
Duration      [total, attack, wait]             45.194s, 9.9s, 35.294s
Latencies     [min, mean, 50, 90, 95, 99, max]  12.433s, 26.17s, 29.448s, 34.631s, 35.094s, 35.546s, 35.642s
Bytes In      [total, mean]                     43469, 434.69
Success       [ratio]                           100.00%
Status Codes  [code:count]                      200:100
)");
  EXPECT_EQ(r.format, "vegeta report");
  const auto& p95 = at(r, "vegeta[0].Latencies 95");
  EXPECT_EQ(p95.metric_id(), "e2e_latency");
  EXPECT_EQ(p95.statistic, "p95");
  EXPECT_DOUBLE_EQ(*p95.normalized, 35094);
  EXPECT_EQ(p95.context.rate, "10.10");
  EXPECT_EQ(at(r, "vegeta[0].Latencies 50").statistic, "median");
  EXPECT_EQ(at(r, "vegeta[0].Requests rate").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "vegeta[0].Requests throughput").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "vegeta[0].Success ratio").metric_id(), "success_rate");
  EXPECT_EQ(at(r, "vegeta[0].Bytes In total").metric_id(), "unknown");  // no memory
  const auto nim = run(FileType::text, "max_tokens=32: 1.008401s, 32 tokens, 31.7 tok/s\n");
  const auto& e2e = at(nim, "line[1].e2e_latency");
  EXPECT_EQ(e2e.statistic, "sample");
  EXPECT_EQ(e2e.context.config, "max_tokens=32");
  EXPECT_EQ(at(nim, "line[1].output_tokens").metric_id(), "output_tokens");
  // (Words between the figures: no such line.)
  const auto words = run(FileType::text, "note=x: took 1.0s, then 32 tokens\n");
  EXPECT_FALSE(testing::has_row(words, "line[1].e2e_latency"));
}

// Held-out set 41: a text file's first line underlined with '=' is its title; one naming a model
// with its size and its results names the rows' model, and NIM with the engine inside it their
// backend. (Not a title over a comparison, nor a line that is no title.)
TEST(ConsoleTables, ATextFilesUnderlinedTitle) {
  const std::string lines = "\nmax_tokens=32: 1.008401s, 32 tokens, 31.7 tok/s\n";
  const auto r =
      run(FileType::text, "Llama-3.1-8B NIM Latency Results (TensorRT-LLM)\n=====\n" + lines);
  const auto& e2e = at(r, "line[4].e2e_latency");
  EXPECT_EQ(e2e.context.model, "Llama-3.1-8B");
  EXPECT_EQ(e2e.context.backend, "NIM (TensorRT-LLM)");
  const auto vs = run(FileType::text, "Llama-3.1-8B vs Qwen2.5-7B Latency Results\n===\n" + lines);
  EXPECT_EQ(at(vs, "line[4].e2e_latency").context.model, "");
  const auto plain = run(FileType::text, "Llama-3.1-8B Latency Results\n" + lines);
  EXPECT_EQ(at(plain, "line[3].e2e_latency").context.model, "");
}

// Held-out set 42: vLLM result blocks under "### Qwen3-8B-FP8" are that model's; a block that
// prints no "Maximum request concurrency" ran at none (not the block before's).
TEST(ConsoleTables, VllmBlocksTakeTheirSectionsModelAndOnlyTheirOwnLoad) {
  const auto r = run(FileType::markdown, R"(## Results

### Qwen3-8B-FP8

```bash
============ Serving Benchmark Result ============
Successful requests:                     100
Maximum request concurrency:             8
Mean TTFT (ms):                          974.57
==================================================
```

```bash
============ Serving Benchmark Result ============
Successful requests:                     1
Mean TTFT (ms):                          148.53
==================================================
```
)");
  const auto& high = at(r, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(high.context.model, "Qwen3-8B-FP8");
  EXPECT_EQ(high.context.concurrency, "8");
  const auto& low = at(r, "vllm_result[1].Mean TTFT (ms)");
  EXPECT_EQ(low.context.model, "Qwen3-8B-FP8");
  EXPECT_EQ(low.context.concurrency, "");
}

// Held-out set 43: a section's "* max-concurrency 16" is its blocks' load (over the document's
// generic command), and a rate a block printed is its own.
TEST(ConsoleTables, ASectionsLoadAndABlocksOwnRate) {
  const auto r = run(FileType::markdown, R"(# VLLM Benchmarks

```
python benchmarks/benchmark_serving.py --model <model> --max-concurrency 50
```

## Qwen 3 32B

```
============ Serving Benchmark Result ============
Successful requests:                     100
Request rate configured (RPS):           0.50
Output token throughput (tok/s):         58.32
==================================================
```

## Qwen 3 30B A3B
* max-concurrency 16

```
============ Serving Benchmark Result ============
Successful requests:                     250
Output token throughput (tok/s):         512.1
==================================================
```

## Gemma 3 27b

```
============ Serving Benchmark Result ============
Successful requests:                     250
Output token throughput (tok/s):         212.1
==================================================
```
)");
  const auto& first = at(r, "vllm_result[0].Output token throughput (tok/s)");
  EXPECT_EQ(first.context.concurrency, "50");
  EXPECT_EQ(first.context.rate, "0.50");
  const auto& second = at(r, "vllm_result[1].Output token throughput (tok/s)");
  EXPECT_EQ(second.context.concurrency, "16");
  EXPECT_EQ(second.context.rate, "");
  EXPECT_EQ(at(r, "vllm_result[2].Output token throughput (tok/s)").context.concurrency, "50");
}

// Held-out set 43: a harness of llama-bench's protocol prints "pp512 : 465.97 ± 10.21 t/s": the
// test's rate, the mean of its repetitions and their spread; a bracket's word its configuration.
TEST(ConsoleTables, ALlamaBenchTestsRateOnALine) {
  const std::string lines =
      "pp512        :   465.97 ± 10.21 t/s\ntg128 (raw)  :    29.53 ± 0.41 t/s\n";
  for (const auto& r :
       {run(FileType::text, lines), run(FileType::markdown, "# Bench\n\n" + lines)}) {
    const auto& pp = at(r, r.rows.begin()->locator);
    EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
    EXPECT_EQ(pp.statistic, "mean");
    EXPECT_EQ(pp.context.test, "pp512");
    bool decode = false;
    for (const auto& row : r.rows)
      decode = decode || (row.metric_id() == "decode_rate" && row.context.config == "raw" &&
                          row.statistic == "mean");
    EXPECT_TRUE(decode);
  }
}

}  // namespace
}  // namespace chimera::ingest
