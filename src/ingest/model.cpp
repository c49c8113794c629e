#include "chimera/ingest/model.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "chimera/core/text.hpp"
#include "chimera/metrics/gloss.hpp"

namespace chimera::ingest {

std::string_view type_name(FileType t) {
  switch (t) {
    case FileType::csv:
      return "csv";
    case FileType::json:
      return "json";
    case FileType::markdown:
      return "markdown";
    case FileType::jsonl:
      return "jsonl";
    case FileType::text:
      return "text";
    case FileType::yaml:
      return "yaml";
  }
  return "unknown";
}

std::string_view status_name(FileStatus s) {
  switch (s) {
    case FileStatus::ingested:
      return "ingested";
    case FileStatus::skipped:
      return "skipped";
    case FileStatus::not_results:
      return "not read";
  }
  return "unknown";
}

std::string_view status_name(RowStatus s) {
  switch (s) {
    case RowStatus::ok:
      return "ok";
    case RowStatus::failed:
      return "failed";
    case RowStatus::incomplete:
      return "incomplete";
    case RowStatus::all:
      return "all";
  }
  return "ok";
}

namespace {
constexpr std::array<std::string Context::*, Context::kFields> kContextFields = {
    &Context::model,       &Context::config, &Context::quantization,
    &Context::gpu,         &Context::test,   &Context::backend,
    &Context::concurrency, &Context::rate,   &Context::section};
constexpr std::array<std::string_view, Context::kFields> kContextNames = {
    "model", "config", "quantization", "gpu", "test", "backend", "concurrency", "rate", "section"};
}  // namespace

std::string_view Context::field_name(std::size_t i) {
  return kContextNames[i];
}
const std::string& Context::field(std::size_t i) const {
  return this->*kContextFields[i];
}
std::string& Context::field(std::size_t i) {
  return this->*kContextFields[i];
}

void Context::fill_from(const Context& outer) {
  for (const auto slot : kContextFields) {
    if ((this->*slot).empty() && !(outer.*slot).empty()) this->*slot = outer.*slot;
  }
}

namespace {

// "模型", "显卡", "量化": a name in Chinese, Japanese or Korean, looked up by its English words.
// (Called for names with CJK text only.)
std::string* glossed_slot(Context& c, std::string_view field_name, std::string_view parent_name) {
  const std::string english = metrics::gloss(field_name);
  return english.empty() ? nullptr : context_slot(c, english, parent_name);
}

}  // namespace

std::string* context_slot(Context& c, std::string_view field_name, std::string_view parent_name) {
  struct Alias {
    std::string_view name;
    std::string Context::*slot;
  };
  static const std::array<Alias, 87> kAliases = {{
      {"model", &Context::model},
      // In French, Spanish and Portuguese, German, Russian (a capital and a small first letter).
      {"mod\xC3\xA8le", &Context::model},
      {"modelo", &Context::model},
      {"modell", &Context::model},
      {"\xD0\x9C\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C", &Context::model},
      {"\xD0\xBC\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C", &Context::model},
      {"model_under_test", &Context::model},  // "Model under test: `unsloth/Qwen3.8-27B-NVFP4`"
      {"tested_model", &Context::model},
      {"test_model", &Context::model},  // "- **Test Model:** Qwen/…", "테스트 모델"
      {"model_name", &Context::model},
      {"model_tag", &Context::model},
      {"model_id", &Context::model},
      {"model_type", &Context::model},
      {"model_filename", &Context::model},
      {"base_model", &Context::model},
      {"model_full_name", &Context::model},  // a sweep's table: "MiniMaxAI/MiniMax-M2.7-FP8"
      {"model_display_name", &Context::model},
      {"model_short_name", &Context::model},
      {"model_path", &Context::model},
      {"model_repo", &Context::model},
      // "| Model Family | Parameters |": with its size, the model.
      {"model_family", &Context::model},
      // A task's table: the model a router chose for it.
      {"model_selected", &Context::model},
      {"selected_model", &Context::model},
      // A recommendations table's: the model whose figures the row gives ("| Task | Best Model |
      // Gen tok/s |").
      {"best_model", &Context::model},
      {"recommended_model", &Context::model},
      // Speculative decoding's: the model served (not the draft).
      {"target_model", &Context::model},
      {"quant_level", &Context::quantization},
      {"quant_method", &Context::quantization},
      {"config", &Context::config},
      {"configuration", &Context::config},
      {"config_name", &Context::config},
      {"config_id", &Context::config},
      {"variant", &Context::config},
      {"preset", &Context::config},
      {"quant", &Context::quantization},
      {"quantization", &Context::quantization},
      {"quant_type", &Context::quantization},
      {"quantization_type", &Context::quantization},
      {"quantization_level", &Context::quantization},
      {"precision", &Context::quantization},
      {"dtype", &Context::quantization},               // PyTorch's "torch.float16"
      {"torch_dtype", &Context::quantization},         // Hugging Face's
      {"enabled_precisions", &Context::quantization},  // Torch-TensorRT's
      {"gpu", &Context::gpu},
      {"gpu_name", &Context::gpu},
      {"gpus", &Context::gpu},  // "1 x NVIDIA GeForce RTX 4090 (24564 MiB)" (gpus_named)
      {"gpu_model", &Context::gpu},
      {"gpu_info", &Context::gpu},
      {"gpu_type", &Context::gpu},
      {"device", &Context::gpu},
      {"device_name", &Context::gpu},
      {"test_device", &Context::gpu},  // "测试设备：MacBook Air，Apple M3，10核GPU"
      {"test_hardware", &Context::gpu},
      {"compute_name", &Context::gpu},  // "| Compute Type | Compute Name |": CPU or GPU, which
      {"compute_device", &Context::gpu},
      {"accel_name", &Context::gpu},  // LocalScore's: the GPU (or CPU) a result ran on
      {"accelerator", &Context::gpu},
      {"accelerator_name", &Context::gpu},
      {"hardware", &Context::gpu},
      {"hw", &Context::gpu},           // InferenceMAX's "hw": "mi355x"
      {"hardware_id", &Context::gpu},  // "intel-arc-pro-b70"
      {"chip", &Context::gpu},         // Apple silicon's "chip": "Apple M5", GPU and CPU on one die
      {"device__attribute_display_name", &Context::gpu},  // Nsight Compute's GPU name
      {"kernel_name", &Context::test},  // a profiler's row: the kernel launch it measured
      // (Not a bare "kernel": a system description's "kernel" is the OS kernel's version.)
      {"test", &Context::test},
      {"test_name", &Context::test},
      {"test_type", &Context::test},  // a harness's "inference" beside "inference_mps"
      {"stage", &Context::test},      // a workflow's step ("analysis", "report")
      {"workload", &Context::test},   // a serving benchmark's kind of requests ("chat", "rag")
      {"workload_name", &Context::test},
      {"prompt_type", &Context::test},  // "short", "long", "code": the kind of prompt sent
      {"scenario", &Context::config},
      {"backend_model", &Context::model},
      {"model_names", &Context::model},
      {"options", &Context::config},
      {"backend", &Context::backend},
      {"backends", &Context::backend},
      {"engine", &Context::backend},
      {"engine_name", &Context::backend},
      {"framework", &Context::backend},
      {"framework_name", &Context::backend},
      {"inference_engine", &Context::backend},  // "| **Inference Engine** | Ollama v0.20.4 |"
      {"serving_engine", &Context::backend},
      {"inference_server", &Context::backend},
      {"serving_framework", &Context::backend},
      {"inference_framework", &Context::backend},
      {"software", &Context::backend},  // "| Software | Settings | Avg Tok/s |": the engine
  }};
  field_name = text::trim(field_name);
  // "Model (fp8)", "Model (GGUF)": the column's name before what its brackets add. (Not a GPU's:
  // "Device (sanitized)" holds the name rewritten.)
  if (const auto open = field_name.size() > 4 && field_name.back() == ')' ? field_name.rfind(" (")
                                                                          : std::string_view::npos;
      open != std::string_view::npos && open >= 2 && open + 2 < field_name.size())
    if (std::string* slot = context_slot(c, field_name.substr(0, open), parent_name);
        slot == &c.model)
      return slot;
  // "Model + Backend", "Model / Engine": a column of models named first, with what ran them.
  for (const std::string_view joint : {" + ", " / ", " & "}) {
    if (const auto at = field_name.find(joint); at != std::string_view::npos && at >= 2)
      if (std::string* slot = context_slot(c, field_name.substr(0, at), parent_name);
          slot == &c.model)
        return slot;
  }
  if (field_name.size() < 2 || field_name.size() > 30)
    return metrics::has_cjk(field_name) ? glossed_slot(c, field_name, parent_name)
                                        : nullptr;  // no alias is shorter or longer
  // Runs for every JSON field and column: into a buffer, no allocation ("Test name": test_name).
  std::array<char, 30> buf{};
  const std::string_view low = text::key_form(field_name, buf);
  // The aliases of each length, looked up by the name's (a field is compared with few of them).
  static const auto kByLength = [] {
    std::array<std::vector<const Alias*>, 31> by{};
    for (const auto& a : kAliases) by[a.name.size()].push_back(&a);
    return by;
  }();
  for (const Alias* a : kByLength[low.size()]) {
    if (low == a->name) return &(c.*(a->slot));
  }
  // "deviceName", "modelName": camelCase, a word per capital ("device_name").
  // (Runs for every name no alias matched: most have no capital after a small letter.)
  const auto camel_at = std::adjacent_find(
      field_name.begin(), field_name.end(),
      [](char a, char b) { return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z'; });
  std::array<char, 40> snake{};
  std::size_t n = 0;
  for (std::size_t i = 0;
       camel_at != field_name.end() && i < field_name.size() && n + 2 < snake.size(); ++i) {
    const char ch = field_name[i];
    const bool upper = ch >= 'A' && ch <= 'Z';
    if (upper && i > 0 && field_name[i - 1] >= 'a' && field_name[i - 1] <= 'z') snake[n++] = '_';
    snake[n++] = low[i];
  }
  if (n > low.size() && n < kByLength.size()) {
    const std::string_view camel(snake.data(), n);
    for (const Alias* a : kByLength[n]) {
      if (camel == a->name) return &(c.*(a->slot));
    }
  }
  // "AMD Graphics Card", "Nvidia Graphics Card": a column of the cards the rows ran on.
  if (low.ends_with("graphics_card") || low == "video_card" || low == "accelerator") return &c.gpu;
  if (low == "name") {
    const std::string parent = text::to_lower(parent_name);
    if (parent.find("gpu") != std::string::npos) return &c.gpu;
    if (parent.find("model") != std::string::npos) return &c.model;
  }
  return metrics::has_cjk(field_name) ? glossed_slot(c, field_name, parent_name) : nullptr;
}

}  // namespace chimera::ingest
