#include "chimera/report/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "chimera/core/version.hpp"

namespace chimera::report::html {
namespace {

// Title at the top, then up to two legend rows, then the plot: a legend never covers data.
constexpr double kW = 720, kH = 360, kL = 70, kR = 20, kT = 62, kB = 50;
// Per series: a dash pattern and a hollow or filled marker, so identical series stay visible.
const char* const kDashes[] = {"", "7 4", "2 3", "10 3 2 3"};
const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                               "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

const char* color(std::size_t i) {
  return kColors[i % (sizeof kColors / sizeof kColors[0])];
}

std::string num(double v) {
  if (std::fabs(v) < 1e-12) return "0";
  if (std::fabs(v) < 1e6 && v == std::floor(v)) return fmt::format("{:.0f}", v);
  const double a = std::fabs(v);
  if (a != 0 && (a >= 1e6 || a < 1e-3)) return fmt::format("{:.3g}", v);
  return fmt::format("{:.{}f}", v, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

// A tick's label with as many decimals as its step needs: the labels of one axis never repeat.
std::string tick_label(double v, double step) {
  if (std::fabs(v) < step * 1e-9) return "0";
  const double a = std::fabs(v);
  if (a >= 1e6 || (a < 1e-3 && step < 1e-3)) return fmt::format("{:.3g}", v);
  const int decimals =
      step >= 1 ? 0 : std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
  return fmt::format("{:.{}f}", v, decimals);
}

// Round tick positions covering [lo, hi] in 1-2-5 steps of at least min_step (1 for counts).
std::vector<double> ticks(double lo, double hi, int want = 5, double min_step = 0) {
  if (!(hi > lo)) hi = lo + 1;
  const double raw = std::max((hi - lo) / want, min_step);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * mag >= raw) {
      step = m * mag;
      break;
    }
  }
  std::vector<double> t;
  const double first = std::floor(lo / step + 1e-9) * step;
  for (int i = 0; i < 1000; ++i) {
    const double v = first + step * i;
    if (v > hi + step * 1e-9) break;
    t.push_back(v);
  }
  if (t.empty() || t.back() < hi - step * 1e-9) t.push_back((t.empty() ? lo : t.back()) + step);
  return t;
}

struct Axes {
  double x0, x1, y0, y1;
  bool log_x = false, log_y = false;
  double px(double x) const {
    const double a = log_x ? std::log10(x) : x, lo = log_x ? std::log10(x0) : x0,
                 hi = log_x ? std::log10(x1) : x1;
    return kL + (a - lo) / (hi - lo) * (kW - kL - kR);
  }
  double py(double y) const {
    const double a = log_y ? std::log10(y) : y, lo = log_y ? std::log10(y0) : y0,
                 hi = log_y ? std::log10(y1) : y1;
    return kH - kB - (a - lo) / (hi - lo) * (kH - kT - kB);
  }
};

// Ticks of a log axis over [lo, hi] (lo > 0): the decades, with 2 and 5 between them when there
// are few decades.
std::vector<double> log_ticks(double lo, double hi) {
  const int d0 = static_cast<int>(std::floor(std::log10(lo))),
            d1 = static_cast<int>(std::ceil(std::log10(hi)));
  std::vector<double> t;
  for (int d = d0; d <= d1; ++d) {
    for (const double m : {1.0, 2.0, 5.0}) {
      if (m != 1.0 && d1 - d0 > 3) continue;
      const double v = m * std::pow(10.0, d);
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) t.push_back(v);
    }
  }
  return t;
}

// The smallest gap between neighbouring ticks (what their labels must resolve).
double tick_step(const std::vector<double>& t) {
  double step = std::numeric_limits<double>::infinity();
  for (std::size_t i = 1; i < t.size(); ++i) step = std::min(step, std::fabs(t[i] - t[i - 1]));
  return std::isfinite(step) && step > 0 ? step : 1;
}

std::string open_svg(const std::string& id, const std::string& title) {
  return fmt::format(
      "<figure><svg class=\"chart\" data-chart=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>"
      "<text x=\"{}\" y=\"20\" class=\"ct\">{}</text>",
      esc(id), kW, kH, esc(title), esc(title), kL, esc(title));
}

std::string axes_svg(const Axes& a, const std::string& xl, const std::string& yl,
                     const std::vector<double>& xt, const std::vector<double>& yt) {
  std::string s = fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" class=\"ax\"/><line x1=\"{0}\" y1=\"{3}\" "
      "x2=\"{0}\" y2=\"{1}\" class=\"ax\"/>",
      kL, kH - kB, kW - kR, kT);
  const double xs = tick_step(xt), ys = tick_step(yt);
  for (const double v : xt) {
    const double x = a.px(v);
    s += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"tk\"/><text "
        "x=\"{0:.1f}\" "
        "y=\"{3}\" class=\"tl tx\" text-anchor=\"middle\">{4}</text>",
        x, kH - kB, kH - kB + 5, kH - kB + 18, esc(a.log_x ? num(v) : tick_label(v, xs)));
  }
  for (const double v : yt) {
    const double y = a.py(v);
    s += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" class=\"gr\"/><text x=\"{3}\" "
        "y=\"{4:.1f}\" class=\"tl ty\" text-anchor=\"end\">{5}</text>",
        kL, y, kW - kR, kL - 6, y + 4, esc(a.log_y ? num(v) : tick_label(v, ys)));
  }
  s += fmt::format("<text x=\"{}\" y=\"{}\" class=\"al\" text-anchor=\"middle\">{}</text>",
                   (kL + kW - kR) / 2, kH - 10, esc(xl));
  s += fmt::format(
      "<text x=\"16\" y=\"{0}\" class=\"al\" text-anchor=\"middle\" transform=\"rotate(-90 16 "
      "{0})\">{1}</text>",
      (kT + kH - kB) / 2, esc(yl));
  return s;
}

// One series' marker at (x, y): filled circle, hollow circle, filled square, hollow square...
std::string marker(std::size_t i, double x, double y, const std::string& tip) {
  const bool hollow = i % 2 == 1, square = (i / 2) % 2 == 1;
  const std::string fill = hollow ? "#fff" : color(i);
  const std::string shape =
      square ? fmt::format("<rect class=\"pt\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"7\" height=\"7\"",
                           x - 3.5, y - 3.5)
             : fmt::format("<circle class=\"pt\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\"", x, y);
  return shape + fmt::format(" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\">", fill, color(i)) +
         (tip.empty() ? "" : "<title>" + esc(tip) + "</title>") +
         (square ? "</rect>" : "</circle>");
}

const char* dash(std::size_t i) {
  return kDashes[i % (sizeof kDashes / sizeof kDashes[0])];
}

// The legend in rows between the title and the plot (never over the data); lines=false for
// charts whose series are areas (bars, lanes).
std::string legend(const std::vector<std::string>& names, bool lines = true, bool markers = true) {
  std::string s;
  double x = kL, y = 34;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string shown = names[i].size() > 40 ? names[i].substr(0, 39) + "…" : names[i];
    const double w = 34 + 6.5 * static_cast<double>(shown.size());
    if (x > kL && x + w > kW - kR) x = kL, y += 14;
    if (y > kT - 8) break;  // two rows at most; the rest are named in the tooltips
    s += "<g class=\"lgi\">";
    if (lines) {
      s += fmt::format(
          "<line x1=\"{:.0f}\" y1=\"{:.0f}\" x2=\"{:.0f}\" y2=\"{:.0f}\" stroke=\"{}\" "
          "stroke-width=\"2\" stroke-dasharray=\"{}\"/>",
          x, y, x + 22, y, color(i), dash(i));
      if (markers) s += marker(i, x + 11, y, "");
    } else {
      s += fmt::format("<rect x=\"{:.0f}\" y=\"{:.0f}\" width=\"14\" height=\"10\" fill=\"{}\"/>",
                       x + 4, y - 5, color(i));
    }
    s += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" class=\"lg\">{}</text></g>", x + 27, y + 4,
                     esc(shown));
    x += w;
  }
  return s;
}

// Worst (t = 0, red) to best (t = 1, green).
std::string heat_colour(double t) {
  return fmt::format("rgb({},{},{})", static_cast<int>(215 - 170 * t),
                     static_cast<int>(70 + 120 * t), static_cast<int>(60 + 30 * t));
}

// The heat map's key, above the plot: a gradient from the lowest to the highest value with the
// value's name and unit, and which end is better.
std::string colour_scale(const std::string& id, double lo, double hi, const std::string& label,
                         bool higher_is_better) {
  const std::string gid = "scale-" + id;
  const double x = kL, y = 30, w = 200;
  std::string s = fmt::format("<defs><linearGradient id=\"{}\">", esc(gid));
  for (int k = 0; k <= 4; ++k) {
    const double t = k / 4.0;
    s += fmt::format("<stop offset=\"{:.0f}%\" stop-color=\"{}\"/>", t * 100,
                     heat_colour(higher_is_better ? t : 1 - t));
  }
  s += "</linearGradient></defs>";
  s += fmt::format(
      "<g class=\"lgi\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" fill=\"url(#{})\"/>"
      "<text x=\"{}\" y=\"{}\" class=\"lg\" text-anchor=\"end\">{}</text>"
      "<text x=\"{}\" y=\"{}\" class=\"lg\">{} ({} is better)</text></g>",
      x + 60, y, w, esc(gid), x + 56, y + 9, esc(num(lo)), x + 264, y + 9,
      esc(num(hi) + "  " + label), higher_is_better ? "higher" : "lower");
  return s;
}

std::string empty_chart(const std::string& id, const std::string& title, const std::string& why) {
  return open_svg(id, title) +
         fmt::format("<text x=\"{}\" y=\"{}\" class=\"al\" text-anchor=\"middle\">{}</text>",
                     kW / 2, kH / 2, esc("no data: " + why)) +
         "</svg></figure>";
}

}  // namespace

std::string esc(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 16);
  for (const char c : s) {
    switch (c) {
      case '&':
        o += "&amp;";
        break;
      case '<':
        o += "&lt;";
        break;
      case '>':
        o += "&gt;";
        break;
      case '"':
        o += "&quot;";
        break;
      case '\'':
        o += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
          o += "\xEF\xBF\xBD";
        } else {
          o += c;
        }
    }
  }
  return o;
}

std::string p(const std::string& text) {
  return "<p>" + esc(text) + "</p>";
}

std::string pre(const std::string& text) {
  return "<pre>" + esc(text) + "</pre>";
}

std::string line_chart(const std::string& id, const std::string& title, const std::string& xl,
                       const std::string& yl, const std::vector<Series>& series,
                       const LineOptions& opt) {
  const bool log_x = opt.log_x;
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
  bool integer_x = true;
  for (const auto& s : series) {
    for (const auto& [x, y] : s.points) {
      if (log_x && x <= 0) continue;
      x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
      integer_x = integer_x && x == std::floor(x);
    }
  }
  if (!std::isfinite(x0)) return empty_chart(id, title, "nothing measured");
  for (const auto& r : opt.lines) {
    if (r.axis == 'y') y1 = std::max(y1, r.value);
  }
  if (x1 == x0) x1 = x0 + 1, x0 = log_x ? x0 / 2 : x0 - 1;
  if (log_x && x0 == x1 / 2) x1 *= 2;
  // Values spanning two decades or more read on a log axis; otherwise from zero.
  const bool log_y = y0 > 0 && y1 / y0 >= 100;
  std::vector<double> yt;
  Axes a{x0, x1, 0, 1, log_x, log_y};
  if (log_y) {
    a.y0 = std::pow(10.0, std::floor(std::log10(y0)));
    a.y1 = std::pow(10.0, std::ceil(std::log10(y1)));
    yt = log_ticks(a.y0, a.y1);
  } else {
    yt = ticks(0, y1 > 0 ? y1 * 1.08 : 1);
    a.y1 = yt.back();
  }
  std::vector<double> xt;
  if (log_x) {
    for (const auto& s : series) {
      for (const auto& pt : s.points) xt.push_back(pt.first);
    }
    std::sort(xt.begin(), xt.end());
    xt.erase(std::unique(xt.begin(), xt.end()), xt.end());
  } else {
    xt = ticks(x0, x1, 5, integer_x ? 1 : 0);  // concurrency and counts: whole numbers only
    a.x0 = xt.front(), a.x1 = xt.back();
  }
  std::string s = open_svg(id, title) + axes_svg(a, xl, log_y ? yl + " (log scale)" : yl, xt, yt);
  for (const auto& r : opt.lines) {  // SLO bounds, the knee: dashed grey with their label
    if (r.axis == 'y' && (!log_y || r.value > 0)) {
      const double y = a.py(r.value);
      s += fmt::format(
          "<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" class=\"ref\"/><text x=\"{}\" "
          "y=\"{:.1f}\" class=\"rl\" text-anchor=\"end\">{}</text>",
          kL, y, kW - kR, y, kW - kR - 4, y - 4, esc(r.label));
    } else if (r.axis == 'x' && r.value >= a.x0 && r.value <= a.x1) {
      const double x = a.px(r.value);
      s += fmt::format(
          "<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" class=\"ref\"/><text x=\"{:.1f}\" "
          "y=\"{}\" class=\"rl\">{}</text>",
          x, kT, x, kH - kB, x + 4, kT + 12, esc(r.label));
    }
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < series.size(); ++i) {
    names.push_back(series[i].name);
    auto pts = series[i].points;
    std::sort(pts.begin(), pts.end());
    std::string path;
    for (const auto& [x, y] : pts) {
      if ((log_x && x <= 0) || (log_y && y <= 0)) continue;
      path += fmt::format("{:.1f},{:.1f} ", a.px(x), a.py(y));
    }
    s += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
        "stroke-dasharray=\"{}\"/>",
        path, color(i), dash(i));
    for (const auto& [x, y] : pts) {
      if ((log_x && x <= 0) || (log_y && y <= 0)) continue;
      s += marker(i, a.px(x), a.py(y),
                  fmt::format("{}: {} = {}, {} = {}", series[i].name, xl, num(x), yl, num(y)));
    }
  }
  return s + legend(names) + "</svg></figure>";
}

std::string cdf_chart(const std::string& id, const std::string& title, const std::string& xl,
                      const std::vector<std::pair<std::string, std::vector<double>>>& sets) {
  std::vector<Series> series;
  for (const auto& [name, v] : sets) {
    auto sorted = v;
    std::sort(sorted.begin(), sorted.end());
    Series s{name, {}};
    for (std::size_t i = 0; i < sorted.size(); ++i)
      s.points.emplace_back(
          sorted[i], 100.0 * static_cast<double>(i + 1) / static_cast<double>(sorted.size()));
    if (!s.points.empty()) series.push_back(std::move(s));
  }
  if (series.empty()) return empty_chart(id, title, "no successful request");
  // Step lines: a CDF is drawn as a staircase, points thinned to at most 400 per set.
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0;
  for (const auto& s : series)
    x0 = std::min(x0, s.points.front().first), x1 = std::max(x1, s.points.back().first);
  if (x1 <= x0) x1 = x0 + 1;
  const auto xt = ticks(x0, x1);
  Axes a{xt.front(), xt.back(), 0, 100, false};
  std::string svg =
      open_svg(id, title) + axes_svg(a, xl, "share of requests (%)", xt, ticks(0, 100));
  std::vector<std::string> names;
  for (std::size_t i = 0; i < series.size(); ++i) {
    names.push_back(series[i].name);
    const auto& pts = series[i].points;
    const std::size_t stride = std::max<std::size_t>(1, pts.size() / 400);
    std::string path = fmt::format("{:.1f},{:.1f} ", a.px(pts.front().first), a.py(0));
    double prev = 0;
    for (std::size_t k = 0; k < pts.size(); k += stride) {
      path += fmt::format("{0:.1f},{1:.1f} {0:.1f},{2:.1f} ", a.px(pts[k].first), a.py(prev),
                          a.py(pts[k].second));
      prev = pts[k].second;
    }
    path += fmt::format("{:.1f},{:.1f}", a.px(pts.back().first), a.py(100));
    svg += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-dasharray=\"{}\" "
        "stroke-width=\"2\"><title>{}</title></polyline>",
        path, color(i), dash(i), esc(fmt::format("{}: {} requests", series[i].name, pts.size())));
  }
  return svg + legend(names, true, false) + "</svg></figure>";
}

std::string bar_chart(const std::string& id, const std::string& title, const std::string& yl,
                      const std::vector<Bar>& bars) {
  if (bars.empty()) return empty_chart(id, title, "nothing to compare");
  double y1 = 0;
  for (const auto& b : bars) y1 = std::max({y1, b.value, b.interval ? b.interval->second : 0.0});
  const auto yt = ticks(0, y1 > 0 ? y1 * 1.1 : 1);
  Axes a{0, 1, 0, yt.back(), false};
  std::string s = open_svg(id, title) + axes_svg(a, "", yl, {}, yt);
  const double slot = (kW - kL - kR) / static_cast<double>(bars.size());
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& b = bars[i];
    const double x = kL + slot * static_cast<double>(i) + slot * 0.15, w = slot * 0.7;
    const double top = a.py(std::max(b.value, 0.0));
    std::string tip = fmt::format("{}: {}", b.label, num(b.value));
    if (b.interval)
      tip += fmt::format(" (95 % CI {} to {})", num(b.interval->first), num(b.interval->second));
    s += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
        "fill=\"{}\"><title>{}</title></rect>",
        x, top, w, a.py(0) - top, color(static_cast<std::size_t>(b.group)), esc(tip));
    if (b.interval) {
      const double cx = x + w / 2, lo = a.py(b.interval->first), hi = a.py(b.interval->second);
      s += fmt::format(
          "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" class=\"eb\"/>"
          "<line x1=\"{3:.1f}\" y1=\"{1:.1f}\" x2=\"{4:.1f}\" y2=\"{1:.1f}\" class=\"eb\"/>"
          "<line x1=\"{3:.1f}\" y1=\"{2:.1f}\" x2=\"{4:.1f}\" y2=\"{2:.1f}\" class=\"eb\"/>",
          cx, lo, hi, cx - 6, cx + 6);
    }
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" class=\"tl\" text-anchor=\"middle\">{}</text>",
                     x + w / 2, kH - kB + 16,
                     esc(b.label.size() > 28 ? b.label.substr(0, 27) + "…" : b.label));
  }
  return s + "</svg></figure>";
}

std::string heat_map(const std::string& id, const std::string& title, const std::string& xl,
                     const std::string& yl, const std::vector<std::string>& xs,
                     const std::vector<std::string>& ys,
                     const std::vector<std::vector<std::optional<double>>>& values,
                     const std::string& value_label, bool higher_is_better) {
  if (xs.empty() || ys.empty()) return empty_chart(id, title, "fewer than two dimensions");
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const auto& row : values) {
    for (const auto& v : row) {
      if (v) lo = std::min(lo, *v), hi = std::max(hi, *v);
    }
  }
  std::string s = open_svg(id, title);
  if (std::isfinite(lo)) s += colour_scale(id, lo, hi, value_label, higher_is_better);
  const double cw = (kW - kL - kR) / static_cast<double>(xs.size()),
               ch = (kH - kT - kB) / static_cast<double>(ys.size());
  for (std::size_t yi = 0; yi < ys.size(); ++yi) {
    for (std::size_t xi = 0; xi < xs.size(); ++xi) {
      const double x = kL + cw * static_cast<double>(xi), y = kT + ch * static_cast<double>(yi);
      const bool has = yi < values.size() && xi < values[yi].size() && values[yi][xi].has_value();
      const double val = has ? values[yi][xi].value_or(0) : 0;
      std::string fill = "url(#hatch)";
      if (has) {
        double t = hi > lo ? (val - lo) / (hi - lo) : 1.0;
        if (!higher_is_better) t = 1 - t;  // green = better either way
        fill = heat_colour(t);
      }
      const std::string tip = fmt::format("{} = {}, {} = {}: {} {}", xl, xs[xi], yl, ys[yi],
                                          value_label, has ? num(val) : "n/a");
      s += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" "
          "stroke=\"#fff\"><title>{}</title></rect>",
          x, y, cw, ch, fill, esc(tip));
      if (cw > 34 && ch > 14)
        s += fmt::format(
            "<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"hv\" text-anchor=\"middle\">{}</text>",
            x + cw / 2, y + ch / 2 + 4, esc(has ? num(val) : "n/a"));
    }
  }
  for (std::size_t xi = 0; xi < xs.size(); ++xi)
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" class=\"tl\" text-anchor=\"middle\">{}</text>",
                     kL + cw * (static_cast<double>(xi) + 0.5), kH - kB + 16, esc(xs[xi]));
  for (std::size_t yi = 0; yi < ys.size(); ++yi)
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" class=\"tl\" text-anchor=\"end\">{}</text>",
                     kL - 6, kT + ch * (static_cast<double>(yi) + 0.5) + 4, esc(ys[yi]));
  s += fmt::format("<text x=\"{}\" y=\"{}\" class=\"al\" text-anchor=\"middle\">{}</text>",
                   (kL + kW - kR) / 2, kH - 10, esc(xl));
  s += fmt::format(
      "<text x=\"16\" y=\"{0}\" class=\"al\" text-anchor=\"middle\" transform=\"rotate(-90 16 "
      "{0})\">{1}</text>",
      (kT + kH - kB) / 2, esc(yl));
  return s + "</svg></figure>";
}

std::string scatter(const std::string& id, const std::string& title, const std::string& xl,
                    const std::string& yl, const std::vector<Dot>& dots,
                    const std::string& highlight_name) {
  if (dots.empty()) return empty_chart(id, title, "no point with both values");
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
  for (const auto& d : dots) {
    x0 = std::min(x0, d.x), x1 = std::max(x1, d.x), y0 = std::min(y0, d.y), y1 = std::max(y1, d.y);
  }
  const double px = (x1 - x0) * 0.08 + 1e-9, py = (y1 - y0) * 0.08 + 1e-9;
  const auto xt = ticks(x0 - px, x1 + px), yt = ticks(y0 - py, y1 + py);
  Axes a{xt.front(), xt.back(), yt.front(), yt.back(), false};
  std::string s = open_svg(id, title) + axes_svg(a, xl, yl, xt, yt);
  std::vector<const Dot*> front;
  for (const auto& d : dots) {
    if (d.highlight) front.push_back(&d);
  }
  std::sort(front.begin(), front.end(), [](const Dot* p1, const Dot* p2) { return p1->x < p2->x; });
  if (front.size() > 1) {
    std::string path;
    for (const auto* d : front) path += fmt::format("{:.1f},{:.1f} ", a.px(d->x), a.py(d->y));
    s += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-dasharray=\"4 3\"/>", path,
        color(1));
  }
  for (const auto& d : dots) {
    s += fmt::format(
        "<circle class=\"pt\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"><title>{}</title>"
        "</circle>",
        a.px(d.x), a.py(d.y), d.highlight ? 6 : 4, color(d.highlight ? 1 : 0),
        esc(fmt::format("{}: {} = {}, {} = {}", d.label, xl, num(d.x), yl, num(d.y))));
  }
  return s + legend({"point", highlight_name}, false) + "</svg></figure>";
}

std::string timeline(const std::string& id, const std::string& title,
                     const std::vector<Lane>& lanes, const std::vector<std::string>& kind_names) {
  double t1 = 0;
  for (const auto& l : lanes) {
    for (const auto& sg : l.segments) t1 = std::max(t1, sg.end_s);
  }
  if (lanes.empty() || t1 <= 0) return empty_chart(id, title, "no timed calls");
  const auto xt = ticks(0, t1);
  Axes a{0, xt.back(), 0, 1, false};
  std::string s = open_svg(id, title) + axes_svg(a, "seconds since the run started", "", xt, {});
  const double lh = (kH - kT - kB) / static_cast<double>(lanes.size());
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const double y = kT + lh * static_cast<double>(i);
    s += fmt::format(
        "<text x=\"{}\" y=\"{:.1f}\" class=\"tl\" text-anchor=\"end\">{}</text>", kL - 6,
        y + lh / 2 + 4,
        esc(lanes[i].name.size() > 10 ? lanes[i].name.substr(0, 9) + "…" : lanes[i].name));
    for (const auto& sg : lanes[i].segments) {
      const double x = a.px(sg.start_s), w = std::max(a.px(sg.end_s) - x, 1.0);
      s += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
          "fill=\"{}\"><title>{}</title></rect>",
          x, y + lh * 0.15, w, lh * 0.7, color(static_cast<std::size_t>(sg.kind)),
          esc(fmt::format("{}: {}, {:.3f} s to {:.3f} s", lanes[i].name, sg.label, sg.start_s,
                          sg.end_s)));
    }
  }
  return s + legend(kind_names, false) + "</svg></figure>";
}

std::string table(const Table& t) {
  std::string s = "<table class=\"sortable\"><thead><tr>";
  for (std::size_t i = 0; i < t.header.size(); ++i) {
    const bool n = i < t.numeric.size() && t.numeric[i];
    s += fmt::format("<th data-type=\"{}\" title=\"click to sort\">{}</th>", n ? "num" : "text",
                     esc(t.header[i]));
  }
  s += "</tr></thead><tbody>";
  for (const auto& row : t.rows) {
    s += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool n = i < t.numeric.size() && t.numeric[i];
      s += n ? "<td class=\"n\">" : "<td>";
      s += esc(row[i]) + "</td>";
    }
    s += "</tr>";
  }
  return "<div class=\"tw\">" + s + "</tbody></table></div>";
}

Page::Page(std::string title) : title_(std::move(title)) {}

void Page::section(const std::string& heading, const std::string& inner) {
  body_ += "<section><h2>" + esc(heading) + "</h2>" + inner + "</section>";
}

void Page::include(const std::string& anchor, const std::string& heading, const Page& other) {
  body_ += fmt::format(
      "<article id=\"{}\" class=\"item\"><h2 class=\"item\">{}</h2>{}<p><a href=\"#contents\">"
      "back to the contents</a></p></article>",
      esc(anchor), esc(heading), other.body_);
}

void Page::section_with_id(const std::string& id, const std::string& heading,
                           const std::string& inner) {
  body_ += "<section id=\"" + esc(id) + "\"><h2>" + esc(heading) + "</h2>" + inner + "</section>";
}

void Page::paragraph(const std::string& text) {
  body_ += p(text);
}

void Page::environment(const std::vector<std::pair<std::string, std::string>>& facts) {
  // Only what was captured with the results: the machine rendering the report is not the one
  // that measured them.
  Table t{{"fact", "value"}, {}, {false, false}};
  const auto has = [&](std::string_view key) {
    return std::any_of(facts.begin(), facts.end(), [&](const auto& kv) { return kv.first == key; });
  };
  if (!has("tool")) t.rows.push_back({"tool", "not recorded with these results"});
  if (!has("host CPU")) t.rows.push_back({"host", "not recorded with these results"});
  for (const auto& [k, v] : facts) t.rows.push_back({k, v});
  section("Environment", table(t));
}

void Page::definitions(const std::vector<std::pair<std::string, std::string>>& defs) {
  std::string s = "<dl>";
  for (const auto& [k, v] : defs) s += "<dt>" + esc(k) + "</dt><dd>" + esc(v) + "</dd>";
  section("Metric definitions", s + "</dl>");
}

std::string Page::finish() const {
  static const char* const kStyle = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:22px}h2{font-size:17px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ddd;padding:3px 7px;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}th.asc:after{content:" \25B2"}th.desc:after{content:" \25BC"}
td.n{text-align:right;font-variant-numeric:tabular-nums}pre{background:#f7f7f7;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere}
figure{margin:10px 0}svg.chart{width:100%;max-width:720px;height:auto;background:#fff;border:1px solid #eee}
.ct{font-weight:600;font-size:14px}.ax{stroke:#333}.tk{stroke:#333}.gr{stroke:#eee}.tl{font-size:11px;fill:#444}
.al{font-size:12px;fill:#222}.lg{font-size:11px;fill:#222}.hv{font-size:10px;fill:#111}.eb{stroke:#111;stroke-width:1.5}
.warn{color:#a05a00}dt{font-weight:600;margin-top:6px}dd{margin-left:16px}
.tw{overflow-x:auto;max-width:100%}h2.item{font-size:20px;border-bottom:3px solid #1f77b4;margin-top:48px}.ref{stroke:#777;stroke-dasharray:5 4}.rl{font-size:11px;fill:#555}
)css";
  // Sorting, and a self-check the tests read: charts counted, script errors counted.
  static const char* const kScript = R"js(
(function(){var b=document.body;b.dataset.errors="0";
window.addEventListener("error",function(){b.dataset.errors=String(+b.dataset.errors+1);});
function key(td,num){var t=td.textContent.trim();if(!num)return t.toLowerCase();var v=parseFloat(t.replace(/[^0-9eE+\-.]/g,""));return isNaN(v)?-Infinity:v;}
document.querySelectorAll("table.sortable th").forEach(function(th,i){th.addEventListener("click",function(){
var tb=th.closest("table").tBodies[0],num=th.dataset.type==="num",asc=!th.classList.contains("asc");
th.parentNode.querySelectorAll("th").forEach(function(h){h.classList.remove("asc","desc");});th.classList.add(asc?"asc":"desc");
var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,c){var x=key(a.cells[i],num),y=key(c.cells[i],num);return x<y?(asc?-1:1):x>y?(asc?1:-1):0;});
rows.forEach(function(r){tb.appendChild(r);});});});
function hit(r,q){return r.x<q.x+q.width&&q.x<r.x+r.width&&r.y<q.y+q.height&&q.y<r.y+r.height;}
var layout=[];document.querySelectorAll("svg.chart").forEach(function(svg){var id=svg.dataset.chart;
["tx","ty"].forEach(function(c){var seen={};svg.querySelectorAll("text."+c).forEach(function(t){
var k=t.textContent;if(seen[k])layout.push(id+": tick label "+k+" twice");seen[k]=1;});});
var boxes=[];svg.querySelectorAll("g.lgi").forEach(function(g){boxes.push(g.getBBox());});
svg.querySelectorAll(".pt").forEach(function(p){if(p.closest("g.lgi"))return;var r=p.getBBox();
boxes.forEach(function(q){if(hit(r,q))layout.push(id+": legend covers a point");});});});
b.dataset.layout=String(layout.length);b.dataset.layoutProblems=layout.join("; ");
b.dataset.charts=String(document.querySelectorAll("svg.chart").length);b.dataset.ready="1";})();
)js";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
      "content=\"width=device-width,initial-scale=1\"><meta http-equiv=\"Content-Security-Policy\" "
      "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
      "img-src "
      "data:\"><title>{0}</title><style>{1}</style></head><body><h1>{0}</h1>"
      "<svg width=\"0\" height=\"0\" style=\"position:absolute\"><defs><pattern id=\"hatch\" "
      "width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,6 l6,-6\" "
      "stroke=\"#bbb\"/></pattern></defs></svg>{2}<footer><p>{3}</p></footer><script>{4}</script>"
      "</body></html>\n",
      esc(title_), kStyle, body_,
      esc("Written by " + version_line() + "; self-contained, no network access."), kScript);
}

}  // namespace chimera::report::html
