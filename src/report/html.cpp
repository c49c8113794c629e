#include "chimera/report/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "chimera/core/version.hpp"

namespace chimera::report::html {
namespace {

constexpr double kW = 720, kH = 340, kL = 70, kR = 20, kT = 36, kB = 50;
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

// Round tick positions covering [lo, hi].
std::vector<double> ticks(double lo, double hi, int want = 5) {
  if (!(hi > lo)) hi = lo + 1;
  const double raw = (hi - lo) / want;
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
  bool log_x = false;
  double px(double x) const {
    const double a = log_x ? std::log10(x) : x, lo = log_x ? std::log10(x0) : x0,
                 hi = log_x ? std::log10(x1) : x1;
    return kL + (a - lo) / (hi - lo) * (kW - kL - kR);
  }
  double py(double y) const { return kH - kB - (y - y0) / (y1 - y0) * (kH - kT - kB); }
};

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
  for (const double v : xt) {
    const double x = a.px(v);
    s += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"tk\"/><text "
        "x=\"{0:.1f}\" "
        "y=\"{3}\" class=\"tl\" text-anchor=\"middle\">{4}</text>",
        x, kH - kB, kH - kB + 5, kH - kB + 18, esc(num(v)));
  }
  for (const double v : yt) {
    const double y = a.py(v);
    s += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" class=\"gr\"/><text x=\"{3}\" "
        "y=\"{4:.1f}\" class=\"tl\" text-anchor=\"end\">{5}</text>",
        kL, y, kW - kR, kL - 6, y + 4, esc(num(v)));
  }
  s += fmt::format("<text x=\"{}\" y=\"{}\" class=\"al\" text-anchor=\"middle\">{}</text>",
                   (kL + kW - kR) / 2, kH - 10, esc(xl));
  s += fmt::format(
      "<text x=\"16\" y=\"{0}\" class=\"al\" text-anchor=\"middle\" transform=\"rotate(-90 16 "
      "{0})\">{1}</text>",
      (kT + kH - kB) / 2, esc(yl));
  return s;
}

std::string legend(const std::vector<std::string>& names) {
  std::string s;
  double x = kL + 10;
  for (std::size_t i = 0; i < names.size(); ++i) {
    s += fmt::format(
        "<rect x=\"{:.0f}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.0f}\" "
        "y=\"{}\" class=\"lg\">{}</text>",
        x, kT - 4, color(i), x + 14, kT + 5, esc(names[i]));
    x += 24 + 7.0 * static_cast<double>(std::min<std::size_t>(names[i].size(), 40));
  }
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
                       const std::string& yl, const std::vector<Series>& series, bool log_x) {
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y1 = -x0;
  for (const auto& s : series) {
    for (const auto& [x, y] : s.points) {
      if (log_x && x <= 0) continue;
      x0 = std::min(x0, x), x1 = std::max(x1, x), y1 = std::max(y1, y);
    }
  }
  if (!std::isfinite(x0)) return empty_chart(id, title, "nothing measured");
  if (x1 == x0) x1 = x0 + 1, x0 = log_x ? x0 / 2 : x0 - 1;
  if (log_x && x0 == x1 / 2) x1 *= 2;
  const auto yt = ticks(0, y1 > 0 ? y1 * 1.08 : 1);
  Axes a{x0, x1, 0, yt.back(), log_x};
  std::vector<double> xt;
  if (log_x) {
    std::vector<double> xs;
    for (const auto& s : series) {
      for (const auto& pt : s.points) xs.push_back(pt.first);
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    xt = xs;
  } else {
    xt = ticks(x0, x1);
    a.x0 = xt.front(), a.x1 = xt.back();
  }
  std::string s = open_svg(id, title) + axes_svg(a, xl, yl, xt, yt);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < series.size(); ++i) {
    names.push_back(series[i].name);
    auto pts = series[i].points;
    std::sort(pts.begin(), pts.end());
    std::string path;
    for (const auto& [x, y] : pts) path += fmt::format("{:.1f},{:.1f} ", a.px(x), a.py(y));
    s += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
                     path, color(i));
    for (const auto& [x, y] : pts) {
      s += fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"><title>{}</title></circle>",
          a.px(x), a.py(y), color(i),
          esc(fmt::format("{}: {} = {}, {} = {}", series[i].name, xl, num(x), yl, num(y))));
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
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" "
        "stroke-width=\"2\"><title>{}</title></polyline>",
        path, color(i), esc(fmt::format("{}: {} requests", series[i].name, pts.size())));
  }
  return svg + legend(names) + "</svg></figure>";
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
        const int r = static_cast<int>(215 - 170 * t), g = static_cast<int>(70 + 120 * t),
                  b = static_cast<int>(60 + 30 * t);
        fill = fmt::format("rgb({},{},{})", r, g, b);
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
        "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"><title>{}</title></circle>",
        a.px(d.x), a.py(d.y), d.highlight ? 6 : 4, color(d.highlight ? 1 : 0),
        esc(fmt::format("{}: {} = {}, {} = {}", d.label, xl, num(d.x), yl, num(d.y))));
  }
  return s + legend({"point", highlight_name}) + "</svg></figure>";
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
  return s + legend(kind_names) + "</svg></figure>";
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
  return s + "</tbody></table>";
}

Page::Page(std::string title) : title_(std::move(title)) {}

void Page::section(const std::string& heading, const std::string& inner) {
  body_ += "<section><h2>" + esc(heading) + "</h2>" + inner + "</section>";
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
