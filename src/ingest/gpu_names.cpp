#include "gpu_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chimera/core/text.hpp"

namespace chimera::ingest::detail {
namespace {

struct Word {
  std::size_t begin = 0, end = 0;  // in the text
  std::string low;                 // lower-cased
  bool set_apart = false;          // a bracket or a comma before it: "(12GB", ", 80GB"
};

bool alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
bool digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    bool set_apart = false;
    while (i < text.size() && !alnum(text[i])) {
      set_apart = set_apart || text[i] == '(' || text[i] == '[' || text[i] == ',' ||
                  text[i] == ')' || text[i] == ']';  // "(AMD RX 6700 XT) 12GB": the Pi's
      ++i;
    }
    const std::size_t from = i;
    while (i < text.size() && alnum(text[i])) ++i;
    if (i == from) continue;
    Word w{from, i, std::string(text.substr(from, i - from)), set_apart};
    for (auto& c : w.low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(std::move(w));
  }
  return words;
}

// Data-centre and workstation parts named by one word.
constexpr std::array<std::string_view, 21> kLong = {
    "h100",  "h200",  "h800", "a100", "a800",  "a10g",  "l40s",  "b100",  "b200",   "b300", "gb200",
    "gb300", "gh200", "v100", "p100", "a6000", "a5000", "a4000", "a2000", "mi300x", "gb10"};
// Intel's Arc cards by their number alone ("Windows (GPU) A770 vulkan"), the same card as "Arc
// A770".
constexpr std::array<std::string_view, 12> kArc = {
    "a310", "a380",  "a580",  "a750",  "a770",  "b570",
    "b580", "a370m", "a550m", "a570m", "a730m", "a770m"};  // (and the laptops' "M" cards)
// Short ones that are also section numbers, test ids or sizes: they need a cue.
constexpr std::array<std::string_view, 12> kShort = {"h20", "l4",  "l20", "l40", "t4",  "a10",
                                                     "a30", "a40", "a16", "k80", "p40", "m60"};
constexpr std::array<std::string_view, 9> kVendors = {
    "nvidia", "amd", "intel", "apple", "tesla", "geforce", "radeon", "instinct", "google"};

bool in(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// "16xh800" -> "h800", "h20x2" -> "h20" (the count glued on, before or after).
std::string_view without_count(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i]))) ++i;
  if (i > 0 && i + 1 < w.size() && w[i] == 'x') return w.substr(i + 1);
  std::size_t j = w.size();
  while (j > 0 && std::isdigit(static_cast<unsigned char>(w[j - 1]))) --j;
  // ("A100x80": 80 GB, no count; a count glued after is one digit.)
  if (j >= 4 && j < w.size() && w.size() - j == 1 && w[j] >= '2' && w[j - 1] == 'x' &&
      std::isdigit(static_cast<unsigned char>(w[j - 2])) != 0 &&
      std::isalpha(static_cast<unsigned char>(w[0])) != 0)
    return w.substr(0, j - 1);
  return w;
}
bool has_glued_count(std::string_view w) {
  return without_count(w).size() != w.size();
}
// "8x": a count of devices written before their name.
// (At most three digits: "7900x" of "Ryzen 7900X + Radeon 7900XT" is a processor's number.)
bool count_word(std::string_view w) {
  return w.size() > 1 && w.size() <= 4 && w.back() == 'x' && digits(w.substr(0, w.size() - 1));
}

struct Match {
  std::size_t first = 0, last = 0;  // word indexes of the model's own words
  std::string key;                  // the model, lower-cased, without vendor and count
  bool needs_cue = false;
  bool weak = false;  // a name that yields to any other GPU the text names ("A770" alone, a chip)
};

// A word of an NVIDIA Jetson board's name ("AGX", "Orin", "Nano", "NX", "Xavier", "Thor").
bool board_word(std::string_view w) {
  return w == "agx" || w == "orin" || w == "nano" || w == "nx" || w == "xavier" || w == "thor" ||
         w == "tx2" || w == "tx1";
}

// A part named from word k on, or nothing.
std::optional<Match> part_at(const std::vector<Word>& w, std::size_t k) {
  const std::string_view s = without_count(w[k].low);
  const auto next = [&](std::size_t i) -> std::string_view {
    return i < w.size() ? std::string_view(w[i].low) : std::string_view();
  };
  Match m{k, k, std::string(s), false};
  const auto glued_or_next = [&](std::string_view stem, auto ok) -> bool {
    if (s.size() > stem.size() && s.starts_with(stem) && ok(s.substr(stem.size()))) return true;
    if (s == stem && ok(next(k + 1))) {
      m.last = k + 1;
      m.key = std::string(stem) + std::string(next(k + 1));
      return true;
    }
    return false;
  };
  const auto four_digits = [](std::string_view t) {
    return t.size() >= 4 && digits(t.substr(0, 4)) &&
           (t.size() == 4 || t.substr(4) == "ti" || t.substr(4) == "xtx" || t.substr(4) == "xt");
  };
  // "A770", "B580", "b70"; "arc770" (the A-series number without its letter: A310 to A770).
  const auto arc_number = [](std::string_view t) {
    return ((t.size() == 3 || t.size() == 4) && (t[0] == 'a' || t[0] == 'b') &&
            digits(t.substr(1))) ||
           (t.size() == 5 && t[0] == 'a' && t[4] == 'm' && digits(t.substr(1, 3))) ||  // "A770M"
           (t.size() == 4 && t[3] == 'v' && digits(t.substr(0, 3))) ||  // Lunar Lake's "Arc 140V"
           (t.size() == 3 && digits(t) && (t[0] == '3' || t[0] == '5' || t[0] == '7') &&
            t[2] == '0');
  };
  if (in(s, kLong)) {
  } else if (in(s, kArc)) {
    m.key = "arc" + std::string(s);
    m.weak = true;  // ("RTX 3090 (replaced my A770)": the other)
  } else if (in(s, kShort)) {
    m.needs_cue = true;
  } else if (glued_or_next("rtx", [&](std::string_view t) {
               return four_digits(t) || (t.size() == 5 && t[0] == 'a' && digits(t.substr(1))) ||
                      t == "pro";
             })) {
    if (next(m.last) == "pro" && digits(next(m.last + 1))) ++m.last;  // "RTX PRO 6000"
  } else if (glued_or_next("gtx",
                           [&](std::string_view t) {
                             return (t.size() == 3 || t.size() == 4) && digits(t);
                           }) ||
             glued_or_next("rx", four_digits) || glued_or_next("arc", arc_number)) {
  } else if (k > 0 && w[k - 1].low == "nvidia" && s.size() == 4 && digits(s) && s[0] >= '1' &&
             s[0] <= '5' && s[1] == '0' && s[3] == '0' && s[2] >= '5') {
    m.first = k - 1;  // "Nvidia 5090", "NVIDIA 4090": a GeForce by its maker and number
    m.key = (s[0] == '1' ? "gtx" : "rtx") + std::string(s);  // (the 10 and 16 series: GTX)
  } else if (s == "arc" && next(k + 1) == "pro" && arc_number(next(k + 2))) {
    m.last = k + 2;  // "Arc Pro B70", "Arc Pro A60": Intel's workstation cards
    m.key = "arcpro" + std::string(next(k + 2));
  } else if (s.size() == 4 && digits(s) && s[0] >= '1' && s[0] <= '5' && s[1] == '0' &&
             s[3] == '0' && s[2] >= '5' &&
             (next(k + 1) == "gpu" || next(k + 1) == "graphics" ||
              ((next(k + 1).ends_with("g") || next(k + 1).ends_with("gb")) &&
               (next(k + 2) == "gpu" || next(k + 2) == "graphics")))) {
    // "3090 24G GPU" (a Chinese note's "3090 24G显卡"): a GeForce by its number, a GPU as the
    // words after it say.
  } else if (s.size() == 6 && s.ends_with("ti") && digits(s.substr(0, 4)) && s[0] >= '1' &&
             s[0] <= '5' && s[2] != '0') {
    // "4060Ti", "1080ti": a GeForce by its number, the "Ti" saying which (not a year, "2024").
  } else if ((s.size() >= 5 && s.starts_with("mi") && digits(s.substr(2, 3))) ||
             (s.size() == 4 && s.starts_with("mi") && digits(s.substr(2)) && s[2] != '0')) {
    // "mi250x", "mi60", "mi50"
  } else if (s == "mi" && next(k + 1).size() >= 3 && digits(next(k + 1).substr(0, 3))) {
    m.last = k + 1;
    m.key = "mi" + std::string(next(k + 1));
  } else if (s.size() >= 6 && s.size() <= 7 && s.starts_with("gfx") &&
             std::isdigit(static_cast<unsigned char>(s[3])) &&
             std::all_of(s.begin() + 3, s.end(), [](unsigned char c) {
               return std::isdigit(c) != 0 || (c >= 'a' && c <= 'f');
             })) {  // an AMD GPU by its architecture, as ROCm names it: "gfx1201", "gfx90a"
  } else if (s.size() == 5 && s[0] == 'w' && digits(s.substr(1))) {  // "W7900"
  } else if ((s.size() == 6 && s.starts_with("gaudi") && digits(s.substr(5))) ||
             (s == "gaudi" && digits(next(k + 1)))) {
    if (s == "gaudi") m.last = k + 1;
  } else if (s == "tpu" && next(k + 1).size() >= 2 && next(k + 1)[0] == 'v' &&
             std::isdigit(static_cast<unsigned char>(next(k + 1)[1]))) {
    m.last = k + 1;
    m.key = "tpu" + std::string(next(k + 1));
  } else if (s == "tpu" || s == "tpus") {
    // "gemma4-tpu_result-short-rate4": a Google TPU, its version unsaid.
  } else if (s.size() == 2 && s[0] == 'm' && s[1] >= '1' && s[1] <= '9' &&
             (next(k + 1) == "max" || next(k + 1) == "ultra" || next(k + 1) == "pro")) {
    m.last = k + 1;  // Apple's "M2 Max"
    m.key = s;
    m.key += next(k + 1);
    // ... with its cores, which tell its variants apart: "M3 Ultra 24P+8E+80GPU", "M4 Max 40GPU",
    // "M2 Max 38-core GPU".
    for (std::size_t i = m.last + 1; i < w.size() && i <= m.last + 3 && !w[i].set_apart; ++i) {
      const std::string_view x = w[i].low;
      std::size_t d = 0;
      while (d < x.size() && std::isdigit(static_cast<unsigned char>(x[d]))) ++d;
      const std::string_view unit = x.substr(d);
      const bool counted = d > 0 && d <= 3 &&
                           (unit == "p" || unit == "e" || unit == "gpu" || unit == "cpu" ||
                            unit == "c" || unit == "core" || unit == "cores");
      const bool core_words = d > 0 && d == x.size() && d <= 3 &&
                              (next(i + 1) == "core" || next(i + 1) == "cores") &&
                              !w[i + 1].set_apart;
      if (core_words) {
        m.last = ++i;
        if (next(i + 1) == "gpu" || next(i + 1) == "cpu") m.last = ++i;
      } else if (counted) {
        m.last = i;
      } else {
        break;
      }
    }
  } else if (s.size() >= 5 && s[0] == 'm' && s[1] >= '1' && s[1] <= '9' &&
             (s.substr(2) == "pro" || s.substr(2) == "max" || s.substr(2) == "ultra")) {
    // "M1PRO", "m2max": Apple's chip written as one word (a file's name).
  } else if (s.size() == 2 && s[0] == 'm' && s[1] >= '1' && s[1] <= '9' &&
             (next(k + 1) == "mac" || next(k + 1) == "macbook" || next(k + 1) == "imac")) {
    // "M4 Mac mini", "M3 MacBook Air": the Mac's chip, named first.
  } else if (s.size() == 2 && s[0] == 'm' && s[1] >= '1' && s[1] <= '9' && k > 0 &&
             (w[k - 1].low == "mac" || w[k - 1].low == "apple" || w[k - 1].low == "macbook" ||
              w[k - 1].low == "imac" ||
              (k > 1 && (w[k - 2].low == "mac" || w[k - 2].low == "macbook" ||
                         (w[k - 2].low == "apple" && w[k - 1].low == "silicon"))))) {
    // "Mac air M3", "MacBook Pro M2", "Apple M1", "Apple Silicon M4": the Mac's chip.
    m.first = w[k - 1].low == "mac" || w[k - 1].low == "apple" || w[k - 1].low == "macbook" ||
                      w[k - 1].low == "imac"
                  ? k - 1
                  : k - 2;
  } else if (s == "dgx" && next(k + 1) == "spark") {
    m.last = k + 1;  // NVIDIA's DGX Spark: a GB10 superchip ("DGX Spark (GB10)" is one)
    m.key = "gb10";
  } else if (s == "pro" && (k == 0 || w[k - 1].low != "rtx") && next(k + 1).size() == 4 &&
             digits(next(k + 1)) && next(k + 1).ends_with("000")) {
    m.last = k + 1;  // "PRO 6000", "PRO 5000": NVIDIA's RTX PRO cards by their number
    m.key = "rtxpro" + std::string(next(k + 1));
  } else if (s.size() == 7 && s.starts_with("pro") && digits(s.substr(3)) && s.ends_with("000") &&
             (k == 0 || w[k - 1].low != "rtx")) {
    m.key = "rtxpro" + std::string(s.substr(3));  // "pro6000": the same, its words glued
  } else if (s == "ryzen" && next(k + 1) == "ai" && next(k + 2) == "max" &&
             next(k + 3).size() == 3 && digits(next(k + 3))) {
    // AMD's "Ryzen AI Max+ 395" (Strix Halo): one chip, its GPU the figures' device.
    m.last = k + 3;
    m.key = "ryzenaimax" + std::string(next(k + 3));
    m.weak = true;  // (its Radeon, or an eGPU beside it, named too: that GPU)
  } else if (s == "jetson" && board_word(next(k + 1))) {
    // "Jetson AGX Orin", "Jetson Orin Nano", "Jetson Xavier NX": the board's words (not "Jetson
    // LLM Benchmark", a title's words).
    m.last = k + 1;
    m.key = "jetson" + std::string(next(k + 1));
    for (std::size_t i = k + 2; i < k + 4 && board_word(next(i)); ++i) {
      m.last = i;
      m.key += next(i);
    }
  } else if ((s == "agx" &&
              (next(k + 1) == "orin" || next(k + 1) == "xavier" || next(k + 1) == "thor")) ||
             ((s == "orin" || s == "xavier") && (next(k + 1) == "nano" || next(k + 1) == "nx"))) {
    // "agx-orin-64gb", "Orin Nano", "Xavier NX": a Jetson board by its own words alone.
    m.last = k + 1;
    m.key = "jetson" + std::string(s) + std::string(next(k + 1));
  } else if (s.size() == 6 && s.starts_with("rk") && digits(s.substr(2)) && s[2] == '3') {
    // Rockchip's "RK3588", "RK3576": a board's system on a chip, its NPU the figures' device.
  } else if (s == "raspberry" && next(k + 1) == "pi" && next(k + 2).size() == 1 &&
             digits(next(k + 2))) {
    // "Raspberry Pi 5": a board with no GPU of use, the machine of the figures as a GPU would be.
    m.last = k + 2;
    m.key = "raspberrypi" + std::string(next(k + 2));
  } else if ((s == "rpi" && next(k + 1).size() == 1 && digits(next(k + 1))) ||
             (s.size() == 4 && s.starts_with("rpi") && digits(s.substr(3)))) {
    // "RPi 5", "rpi5": the same board by its short name.
    if (s == "rpi") m.last = k + 1;
    m.key = "raspberrypi" + std::string(s == "rpi" ? next(k + 1) : s.substr(3));
  } else if (s == "adreno" && next(k + 1).size() == 3 && digits(next(k + 1))) {
    m.last = k + 1;  // Qualcomm's "Adreno 830" (a phone's GPU, OpenCL's device)
    m.key = "adreno" + std::string(next(k + 1));
  } else if (s == "adreno" && next(k + 1) == "tm" && next(k + 2).size() == 3 &&
             digits(next(k + 2))) {
    m.last = k + 2;  // "QUALCOMM Adreno(TM) 830", as OpenCL names it
    m.key = "adreno" + std::string(next(k + 2));
  } else if (s == "mali" && next(k + 1).size() >= 3 && next(k + 1)[0] == 'g' &&
             digits(next(k + 1).substr(1))) {
    m.last = k + 1;  // Arm's "Mali-G710", "Mali G78"
    m.key = "mali" + std::string(next(k + 1));
  } else if (s == "vega" && !next(k + 1).empty() && next(k + 1).size() <= 2 &&
             digits(next(k + 1))) {
    m.last = k + 1;  // AMD's "Vega 56", "Vega 64" (and a Ryzen's "Vega 8")
    m.key = "vega" + std::string(next(k + 1));
  } else if (k > 0 && w[k - 1].low == "amd" && four_digits(s) && s[0] >= '5' &&
             (s.size() > 4 || next(k + 1) == "xt" || next(k + 1) == "xtx" ||
              next(k + 1) == "gre")) {
    m.first = k - 1;  // "AMD 6950 XT", "AMD 7900 XTX": a Radeon RX by its number
    m.key = "rx" + std::string(s);
  } else if ((s == "radeon" || s == "geforce") && next(k + 1).size() >= 4 &&
             std::any_of(next(k + 1).begin(), next(k + 1).end(),
                         [](unsigned char c) { return std::isdigit(c); })) {
    m.last = k + 1;  // "Radeon 8060S"
    m.key = std::string(s) + std::string(next(k + 1));
  } else {
    return std::nullopt;
  }
  // What follows the part's name and is part of it: "Ti", "Super", "Ada", "Laptop", "80GB",
  // "SXM", "PCIe", "XTX".
  // (Not in brackets or after a comma: "RTX 4080 (12GB VRAM)" names the RTX 4080.)
  for (std::size_t i = m.last + 1; i < w.size(); ++i) {
    const std::string_view t = w[i].low;
    if (w[i].set_apart) break;
    const bool memory = t.size() >= 3 && t.ends_with("gb") && digits(t.substr(0, t.size() - 2));
    if (!(t == "ti" || t == "super" || t == "ada" || t == "laptop" || t == "mobile" || t == "xtx" ||
          t == "xt" || t == "sxm" || t == "sxm4" || t == "sxm5" || t == "pcie" || t == "nvl" ||
          t == "duo" || memory))  // (AMD's "Radeon Pro W6800X Duo": two GPUs on one board)
      break;
    m.last = i;
    if (memory) m.key += std::string(t);
  }
  return m;
}

}  // namespace

namespace {

// A quick look first (runs for headings, captions, folder and file names): every name above has
// a letter right before a digit ("h100", "MI300X", "M3", "v6e", "16xH800"), or is written with a
// word before its number ("RTX 4090", "Radeon 8060S", "Arc A770" has both, "MI 300", "Gaudi 3",
// "TPU v5e").
bool may_name_gpu(std::string_view text) {
  bool letter_digit = false;
  for (std::size_t i = 1; i < text.size() && !letter_digit; ++i)
    letter_digit = std::isdigit(static_cast<unsigned char>(text[i])) &&
                   std::isalpha(static_cast<unsigned char>(text[i - 1]));
  if (letter_digit) return true;
  // (NVIDIA's Jetson boards, "Jetson Orin", "Jetson AGX Thor": named without a digit.)
  if (text.find("etson") != std::string_view::npos) return true;
  if (text.find("AI Max") != std::string_view::npos) return true;  // "Ryzen AI Max+ 395"
  const bool digit = text.find_first_of("0123456789") != std::string_view::npos;
  // (DGX Spark, with no digit: one look for its 'x' first; Jetson's "Orin Nano" by its words.)
  if (!digit && text.find_first_of("xX") == std::string_view::npos &&
      !(text.size() >= 9 && text.find("rin ") != std::string_view::npos &&
        (text.find("rin N") != std::string_view::npos ||
         text.find("rin n") != std::string_view::npos)))
    return false;
  // (Runs for every text not yet seen: one lower-cased copy, then plain finds.)
  thread_local std::string low;
  low.assign(text);
  for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const auto has = [&](std::string_view w) { return low.find(w) != std::string::npos; };
  if (has("dgx spark")) return true;
  // ("agx-orin-64gb", "AGX Xavier", "Xavier NX": a Jetson board by its own words, an 'x' or a
  // digit among them.)
  if (has("agx") || has("xavier") || (has("orin") && (has("nano") || has(" nx") || has("-nx"))))
    return true;
  if (!digit) return false;
  return has("rtx") || has("gtx") || has("rx ") || has("radeon") || has("geforce") || has("mi ") ||
         has("gaudi") || has("tpu") || has("vega") || has("pro ") ||  // "PRO 6000"
         has(" xt") || has("amd ") ||                                 // "AMD 6950 XT"
         has("raspberry pi") || has("rpi") || has("nvidia ");         // "Raspberry Pi 5"
}

// A cloud instance type names its accelerators by the provider's published configuration:
// AWS EC2's "g5.12xlarge" (four A10G), Google Cloud's "a3-highgpu-8g" (eight H100) or
// "g2-standard-24" (two L4). The count for a family's size, in that order of sizes.
struct Size {
  std::string_view size;  // "12xlarge"
  unsigned count = 0;     // accelerators of that size
};
struct Family {
  std::string_view name;      // lower-cased, as the instance type starts
  std::string_view part;      // its accelerator
  std::array<Size, 3> sizes;  // the sizes with more than one; one for any other size
};
constexpr std::array<Family, 15> kAwsFamilies = {{
    {"g4dn", "T4", {{{"12xlarge", 4}, {"metal", 8}}}},
    {"g5", "A10G", {{{"12xlarge", 4}, {"24xlarge", 4}, {"48xlarge", 8}}}},
    {"g6", "L4", {{{"12xlarge", 4}, {"24xlarge", 4}, {"48xlarge", 8}}}},
    {"gr6", "L4", {}},
    {"g6e", "L40S", {{{"12xlarge", 4}, {"24xlarge", 4}, {"48xlarge", 8}}}},
    {"p3", "V100", {{{"8xlarge", 4}, {"16xlarge", 8}}}},
    {"p3dn", "V100 32GB", {{{"24xlarge", 8}}}},
    {"p4d", "A100 40GB", {{{"24xlarge", 8}}}},
    {"p4de", "A100 80GB", {{{"24xlarge", 8}}}},
    {"p5", "H100", {{{"48xlarge", 8}}}},
    {"p5e", "H200", {{{"48xlarge", 8}}}},
    {"p5en", "H200", {{{"48xlarge", 8}}}},
    {"inf2", "Inferentia2", {{{"24xlarge", 6}, {"48xlarge", 12}}}},
    {"trn1", "Trainium", {{{"32xlarge", 16}}}},
    {"trn2", "Trainium2", {{{"48xlarge", 16}}}},
}};

unsigned count_for(const Family& f, std::string_view size) {
  for (const auto& s : f.sizes) {
    if (s.count > 0 && s.size == size) return s.count;
  }
  return 1;
}

std::string counted(unsigned count, std::string_view part, std::string_view as_written) {
  std::string out = count > 1 ? std::to_string(count) + "x " : std::string();
  out.append(part).append(" (").append(as_written).append(")");
  return out;
}

bool aws_size(std::string_view s) {  // "xlarge", "12xlarge", "metal"
  if (s == "metal") return true;
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i) == "xlarge";
}

std::string instance_named_in(std::string_view text, const std::vector<Word>& w) {
  std::string found;
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    const std::string_view sep = text.substr(w[k].end, w[k + 1].begin - w[k].end);
    std::string label;
    if (sep == "." && aws_size(w[k + 1].low)) {
      for (const auto& f : kAwsFamilies) {
        if (w[k].low != f.name) continue;
        label = counted(count_for(f, w[k + 1].low), f.part,
                        text.substr(w[k].begin, w[k + 1].end - w[k].begin));
      }
    } else if (sep == "-" && k + 2 < w.size() &&
               text.substr(w[k + 1].end, w[k + 2].begin - w[k + 1].end) == "-") {
      // Google Cloud: "a2-highgpu-1g", "a3-megagpu-8g", "g2-standard-24".
      const std::string_view family = w[k].low, kind = w[k + 1].low, size = w[k + 2].low;
      const bool gpus = size.size() >= 2 && size.size() <= 3 && size.back() == 'g' &&
                        digits(size.substr(0, size.size() - 1));
      std::string_view part;
      if (family == "a2" && gpus && (kind == "highgpu" || kind == "megagpu")) part = "A100 40GB";
      if (family == "a2" && gpus && kind == "ultragpu") part = "A100 80GB";
      if (family == "a3" && gpus && (kind == "highgpu" || kind == "megagpu" || kind == "edgegpu"))
        part = "H100";
      if (family == "a3" && gpus && kind == "ultragpu") part = "H200";
      if (family == "a4" && gpus && kind == "highgpu") part = "B200";
      const auto as_written = text.substr(w[k].begin, w[k + 2].end - w[k].begin);
      if (!part.empty()) {
        label =
            counted(static_cast<unsigned>(std::stoul(std::string(size.substr(0, size.size() - 1)))),
                    part, as_written);
      } else if (family == "g2" && kind == "standard" && digits(size) && size.size() <= 2) {
        const unsigned cpus = static_cast<unsigned>(std::stoul(std::string(size)));
        const unsigned count = cpus == 24 ? 2 : cpus == 48 ? 4 : cpus == 96 ? 8 : 1;
        label = counted(count, "L4", as_written);
      }
    }
    if (label.empty()) continue;
    if (!found.empty() && found != label) return {};  // two different machines
    found = std::move(label);
  }
  return found;
}

// gpu_named_in, not memoised.
std::string named_in(std::string_view text) {
  const auto w = words_of(text);
  std::string found, found_key;
  bool found_weak = false;
  std::size_t found_last = w.size();  // the last word of the name found
  for (std::size_t k = 0; k < w.size(); ++k) {
    // A vendor opens a name; the part follows it (Radeon's and GeForce's own numbers too).
    if (in(w[k].low, kVendors) && w[k].low != "radeon" && w[k].low != "geforce") continue;
    auto m = part_at(w, k);
    if (!m) continue;
    // The count and vendor before it: "16xH800", "8x A100", "8 x H100", "2× RTX 3090", "NVIDIA".
    std::size_t first = m->first;
    bool cue = has_glued_count(w[k].low);
    bool counted = cue;
    while (first > 0 && in(w[first - 1].low, kVendors)) {
      --first;
      cue = true;
    }
    if (first > 0 && w[first - 1].low == "x" && first > 1 && digits(w[first - 2].low)) {
      first -= 2;
      cue = counted = true;
    } else if (first > 0 && count_word(w[first - 1].low)) {
      --first;  // "8x A100"
      cue = counted = true;
    } else if (first > 0 && digits(w[first - 1].low)) {
      const auto between =
          text.substr(w[first - 1].end, w[first].begin - w[first - 1].end);  // "2× RTX"
      if (between.starts_with("\xC3\x97")) {
        --first;
        cue = counted = true;
      }
    }
    std::size_t after = m->last + 1;
    if (after < w.size() && (w[after].low == "gpu" || w[after].low == "gpus")) {
      cue = true;
      ++after;
    }
    // The count written after the name: "AMD MI300X GPU(4x)", "H100 (x8)", "A100 x 4".
    std::string count_after;
    if (!counted && after < w.size() && w[after].begin > 0 && text[w[after].begin - 1] == '(' &&
        (count_word(w[after].low) ||
         (w[after].low.size() > 1 && w[after].low[0] == 'x' && digits(w[after].low.substr(1)))))
      count_after = w[after].low[0] == 'x' ? w[after].low.substr(1)
                                           : w[after].low.substr(0, w[after].low.size() - 1);
    else if (!counted && after + 1 < w.size() && w[after].low == "x" && digits(w[after + 1].low))
      count_after = w[after + 1].low;
    // "H20x2": the count glued after the name.
    std::size_t glued_after = 0;
    if (const auto bare = without_count(w[k].low);
        m->last == k && bare.size() < w[k].low.size() && w[k].low.starts_with(bare)) {
      glued_after = w[k].low.size() - bare.size();
      count_after = w[k].low.substr(bare.size() + 1);
    }
    if (m->needs_cue && !cue) continue;
    // "AMD Ryzen AI Max 395 — Radeon 8060S", "RTX 4060 Ti (replaced my B580)": a weak name
    // beside another GPU's, the other (the chip's GPU, the card that ran).
    if (!found_key.empty() && found_key != m->key && m->weak != found_weak) {
      if (found_weak) {
        found_key = m->key;
        found = std::string(text.substr(w[first].begin, w[m->last].end - w[first].begin));
        if (!count_after.empty()) found = count_after + "x " + found;
        found_weak = false;
      }
      found_last = m->last;
      k = m->last;
      continue;
    }
    // "Radeon 8060S / gfx1151", "gfx1103 (Radeon 780M)": one device by its name and by its
    // architecture's id, side by side; the name is the GPU.
    const bool arch = m->key.starts_with("gfx");
    if (!found_key.empty() && found_key != m->key && first == found_last + 1 &&
        arch != found_key.starts_with("gfx")) {
      if (found_key.starts_with("gfx")) {
        found_key = m->key;
        found = std::string(text.substr(w[first].begin, w[m->last].end - w[first].begin));
      }
      found_last = m->last;
      k = m->last;
      continue;
    }
    if (!found_key.empty() && found_key != m->key) return {};  // "A100 vs H100": no one GPU
    if (found_key.empty()) {
      found_key = m->key;
      found =
          std::string(text.substr(w[first].begin, w[m->last].end - glued_after - w[first].begin));
      if (!count_after.empty()) found = count_after + "x " + found;
      found_weak = m->weak;
    }
    found_last = m->last;
    k = m->last;
  }
  if (found.empty()) return instance_named_in(text, w);
  return found;
}

}  // namespace

std::string gpu_named_in(std::string_view text) {
  if (!may_name_gpu(text)) return {};
  // A pure function of the text, and trees repeat their names (headings, labels, folders):
  // decided once per distinct text and thread.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo;
  if (const auto it = memo.find(text); it != memo.end()) return it->second;
  if (memo.size() > 16384) memo.clear();
  return memo.emplace(std::string(text), named_in(text)).first->second;
}

void host_of_cpu_run(Context& ctx) {
  if (ctx.gpu.empty() || !text::iequals(ctx.backend, "cpu") || text::iequals(ctx.gpu, "cpu") ||
      !gpu_named_in(ctx.gpu).empty())
    return;
  ctx.config += (ctx.config.empty() ? "device=" : " device=") + ctx.gpu;
  ctx.gpu.clear();
}

bool names_a_cpu_run(std::string_view text) {
  std::string low = text::to_lower(text::trim(text));
  if (low.find("n_gpu_layers=0") != std::string::npos || low.find("ngl=0") != std::string::npos)
    return true;
  if (!low.starts_with("cpu") || low.find_first_of("%+/&") != std::string::npos) return false;
  const auto words = words_of(low);
  if (words.empty() || words[0].low != "cpu") return false;
  static constexpr std::string_view kRun[] = {"only", "run",     "inference",
                                              "mode", "backend", "baseline"};
  return std::all_of(words.begin() + 1, words.end(), [](const Word& w) {
    return std::find(std::begin(kRun), std::end(kRun), w.low) != std::end(kRun);
  });
}

}  // namespace chimera::ingest::detail
