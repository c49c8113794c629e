#pragma once
// The table `nvidia-smi` prints, which people paste into notes and logs beside a run as what the
// GPU did:
//   | NVIDIA-SMI 550.54.15              Driver Version: 550.54.15      CUDA Version: 12.4     |
//   ...
//   |   0  NVIDIA A10                     On  |   00000000:00:1E.0 Off |                    0 |
//   |  0%   45C    P0             150W /  150W |    7712MiB /  23028MiB |     91%      Default |
// (older drivers: "| N/A   38C    P8     9W /  70W |      0MiB / 15109MiB |      0%      Default
// |").
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct NvidiaSmiState {
  bool in_table = false;  // after the "NVIDIA-SMI" banner, before its processes
  std::size_t tables = 0;
  std::string gpu;    // the name of the GPU whose figures come next
  std::string index;  // its index
};

// Appends the rows of one GPU's line of figures: its temperature (C), power drawn (W), memory in
// use (MiB) and utilisation (%), each a value (one reading) with the GPU's name as its context.
// Returns true when the line belonged to the table.
bool nvidia_smi_line(std::string_view line, std::size_t number, NvidiaSmiState& state,
                     MetricRows& rows);

}  // namespace chimera::ingest::detail
