#pragma once
// The accelerator a heading, a line of prose or a folder names: "### FP8 Benchmark on 16xH800",
// "## Results (NVIDIA RTX 4090)", "results/a100_80gb/", "MI300X", "Apple M2 Max",
// "results/gfx1201/" (an AMD GPU by the architecture id ROCm gives it).
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// The one accelerator `text` names, as written with its count and vendor ("16xH800",
// "NVIDIA RTX 4090", "8x A100"), or "" when it names none or two different ones ("A100 vs
// H100"). Short names that are also common labels ("L4", "T4", "A10") count only beside a cue: a
// count ("4x L4"), a vendor ("NVIDIA T4") or the word GPU after them ("L4 GPU"). A cloud
// instance type with no GPU named beside it gives its provider's accelerators, with the type
// ("g5.12xlarge" -> "4x A10G (g5.12xlarge)", "a3-highgpu-8g" -> "8x H100 (a3-highgpu-8g)").
std::string gpu_named_in(std::string_view text);

// A label or column that says its figures ran on the CPU alone: "CPU", "CPU only",
// "CPU (`n_gpu_layers=0`)", "CPU run" (not "CPU + GPU", "CPU offload", "CPU %" or a CPU's name).
bool names_a_cpu_run(std::string_view text);

// A run on the CPU backend ("backend": "CPU") names no accelerator: its "device" or "hardware"
// that names none ("DESKTOP-D70B4JQ", the host it ran on) is no GPU. It moves to the
// configuration ("device=DESKTOP-D70B4JQ"), so runs on different hosts stay apart.
void host_of_cpu_run(Context& ctx);

}  // namespace chimera::ingest::detail
