#include "chimera/core/numeric.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "chimera/core/text.hpp"

namespace chimera::numeric {
namespace {

// Unit suffixes accepted after a number in a cell (compared case-insensitively).
// A bare "B" is left out on purpose: in tables it means billions ("1.78 B" parameters) as often
// as bytes.
// (Percentage points, request and data rates and token counts are units too: "35.2pp",
// "12 req/s", "3.5 GB/s", "128 tokens" are figures, not text.)
constexpr std::array<std::string_view, 56> kSuffixes = {"%",
                                                        "ms",
                                                        "s",
                                                        "sec",
                                                        "secs",
                                                        "seconds",
                                                        "ns",
                                                        "us",
                                                        "\xC2\xB5s",
                                                        "min",
                                                        "tok/s",
                                                        "tokens/s",
                                                        "token/s",
                                                        "t/s",
                                                        "tps",
                                                        "kb",
                                                        "mb",
                                                        "gb",
                                                        "kib",
                                                        "mib",
                                                        "gib",
                                                        "bytes",
                                                        "w",
                                                        "x",
                                                        "c",
                                                        "\xC2\xB0"
                                                        "c",
                                                        "ghz",
                                                        "pp",
                                                        "req/s",
                                                        "reqs/s",
                                                        "rps",
                                                        "qps",
                                                        "gb/s",
                                                        "mb/s",
                                                        "tb/s",
                                                        "gib/s",
                                                        "mib/s",
                                                        "tokens",
                                                        "token(s)",
                                                        "tok",
                                                        "tok/min",
                                                        "tokens/min",
                                                        "kwh",
                                                        "ms/tok",
                                                        "ms/token",
                                                        "s/tok",
                                                        "s/token",
                                                        "tok/sec",
                                                        "tokens/sec",
                                                        "tokens/secs",
                                                        "token/sec",
                                                        "tokens/second",
                                                        "req/sec",
                                                        "requests/s",
                                                        "requests/sec",
                                                        "requests/second"};

std::optional<std::string> known_suffix(std::string_view rest) {
  rest = text::trim(rest);
  if (rest.empty()) return std::string();
  if (rest == "\xC3\x97") return std::string("x");  // "1.93×": the multiplication sign
  // Chinese and Japanese units: "0.368秒" (seconds), "12毫秒" / "12ミリ秒" (milliseconds),
  // "10倍" (times).
  if (rest == "\xE7\xA7\x92") return std::string("s");
  if (rest == "\xE6\xAF\xAB\xE7\xA7\x92" || rest == "\xE3\x83\x9F\xE3\x83\xAA\xE7\xA7\x92")
    return std::string("ms");
  if (rest == "\xE5\x80\x8D") return std::string("x");
  // Kubernetes' binary quantities: "9.9Gi", "512Mi" (capitalised as it writes them).
  if (rest == "Gi" || rest == "Mi" || rest == "Ki")
    return std::string(1, static_cast<char>(rest[0] + ('a' - 'A'))).append("ib");
  if (rest.size() > 15) return std::nullopt;  // longer than any suffix: skip the lower-casing
  const std::string low = text::to_lower(rest);
  for (const auto s : kSuffixes) {
    if (low == s) return low;
  }
  return std::nullopt;
}

// Parses a plain decimal literal (optional sign, digits, fraction, exponent) that fills all of s.
std::optional<double> parse_decimal(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool neg = false;
  if (s.front() == '+' || s.front() == '-') {
    neg = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '.')) {
    return std::nullopt;
  }
  double v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ptr != s.data() + s.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) {
    v = std::strtod(std::string(s).c_str(), nullptr);  // +-HUGE_VAL or a denormal/zero
  } else if (ec != std::errc()) {
    return std::nullopt;
  }
  return neg ? -v : v;
}

// Removes thousands separators when they group digits in threes ("1,234,567.5").
std::optional<std::string> strip_grouping(std::string_view s) {
  std::string out;
  std::size_t digits_since_comma = 0;
  bool seen_comma = false, in_int = true;
  for (const char c : s) {
    if (c == ',') {
      if (!in_int || (seen_comma && digits_since_comma != 3) || digits_since_comma == 0) {
        return std::nullopt;
      }
      seen_comma = true;
      digits_since_comma = 0;
      continue;
    }
    if (c == '.' || c == 'e' || c == 'E') {
      if (in_int && seen_comma && digits_since_comma != 3) return std::nullopt;
      in_int = false;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits_since_comma;
    }
    out += c;
  }
  if (in_int && seen_comma && digits_since_comma != 3) return std::nullopt;
  return out;
}

// A figure with a decimal comma, as Spanish, German, French or Russian write it: "45,4",
// "1.286,8" (dots grouping the thousands). Only for a literal that is no English grouping (one
// comma, digits after it that are not a group of three, or dots before it): the plain literal, or
// nothing.
std::optional<std::string> decimal_comma(std::string_view s) {
  const auto comma = s.find(',');
  if (comma == std::string_view::npos || s.find(',', comma + 1) != std::string_view::npos)
    return std::nullopt;
  const std::string_view frac = s.substr(comma + 1);
  std::string_view whole = s.substr(0, comma);
  const auto digits = [](std::string_view t) {
    return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(frac)) return std::nullopt;
  std::string out;
  if (!whole.empty() && (whole.front() == '-' || whole.front() == '+')) {
    out += whole.front();
    whole.remove_prefix(1);
  }
  if (whole.find('.') == std::string_view::npos) {
    if (!digits(whole)) return std::nullopt;
    out.append(whole);
  } else {
    // "1.286": groups of three after the first's one to three digits.
    std::size_t at = 0;
    for (bool first = true; at <= whole.size(); first = false) {
      auto dot = whole.find('.', at);
      if (dot == std::string_view::npos) dot = whole.size();
      const std::string_view group = whole.substr(at, dot - at);
      if (!digits(group) || (first ? group.size() > 3 : group.size() != 3)) return std::nullopt;
      out.append(group);
      at = dot + 1;
    }
  }
  return out.append(1, '.').append(frac);
}

// What a sum of dollars written with its basis pays for ("$0.047/1M tokens", "$2.10/hr",
// "$27.95/month"): the suffix parse_cell gives it, or nothing when the basis is not one of these.
// (A sum per month or year keeps its period: "USD/month", "USD/yr".)
std::optional<std::string> dollar_basis(std::string_view basis) {
  const std::string low = text::to_lower(text::trim(basis));
  for (const std::string_view m :
       {"1m", "1m tokens", "1m tok", "m tokens", "mtok", "million tokens"})
    if (low == m) return std::string("usd/mtok");
  for (const std::string_view h : {"h", "hr", "hour"})
    if (low == h) return std::string("usd/h");
  for (const std::string_view r : {"req", "request"})
    if (low == r) return std::string("usd/req");
  for (const std::string_view k : {"1k req", "1k requests", "1,000 requests"})
    if (low == k) return std::string("usd/kreq");
  for (const std::string_view t : {"mo", "month"})
    if (low == t) return std::string("usd/month");
  for (const std::string_view t : {"yr", "year"})
    if (low == t) return std::string("usd/yr");
  return std::nullopt;
}

// The power of ten of a figure written for people: "x10^-5", " × 10⁻¹¹", "*10^3". Returns the
// exponent's digits with their sign ("-5") and the length of the text read, or nothing.
std::optional<std::pair<std::string, std::size_t>> power_of_ten(std::string_view rest) {
  std::size_t at = 0;
  const auto skip_spaces = [&] {
    while (at < rest.size() && rest[at] == ' ') ++at;
  };
  const auto eat = [&](std::string_view s) {
    if (rest.substr(at, s.size()) != s) return false;
    at += s.size();
    return true;
  };
  skip_spaces();
  if (!(eat("x") || eat("X") || eat("*") || eat("\xC3\x97") || eat("\xC2\xB7")))
    return std::nullopt;
  skip_spaces();
  if (!eat("10")) return std::nullopt;
  std::string exponent;
  if (eat("^")) {
    if (eat("-") || eat("\xE2\x88\x92")) {
      exponent = "-";
    } else {
      eat("+");
    }
    while (at < rest.size() && std::isdigit(static_cast<unsigned char>(rest[at])))
      exponent += rest[at++];
  } else {
    // Superscripts: "⁻" U+207B, "⁺" U+207A, "¹²³" U+00B9/B2/B3, "⁰⁴⁵⁶⁷⁸⁹" U+2070, U+2074-2079.
    if (eat("\xE2\x81\xBB")) {
      exponent = "-";
    } else {
      eat("\xE2\x81\xBA");
    }
    while (true) {
      if (eat("\xC2\xB9")) {
        exponent += '1';
      } else if (eat("\xC2\xB2")) {
        exponent += '2';
      } else if (eat("\xC2\xB3")) {
        exponent += '3';
      } else if (at + 2 < rest.size() && rest.substr(at, 2) == "\xE2\x81" &&
                 (static_cast<unsigned char>(rest[at + 2]) == 0xB0 ||
                  (static_cast<unsigned char>(rest[at + 2]) >= 0xB4 &&
                   static_cast<unsigned char>(rest[at + 2]) <= 0xB9))) {
        const auto b = static_cast<unsigned char>(rest[at + 2]);
        exponent += b == 0xB0 ? '0' : static_cast<char>('4' + (b - 0xB4));
        at += 3;
      } else {
        break;
      }
    }
  }
  const std::size_t digits = exponent.size() - (exponent.starts_with('-') ? 1 : 0);
  if (digits == 0 || digits > 3) return std::nullopt;
  return std::make_pair(std::move(exponent), at);
}

// A Go duration as Ollama prints it, with hours or minutes before the seconds: "2m35.796s",
// "1h2m3s", or as people write one with a space between its parts ("7m 51s", "1h 2m 3s",
// "7min 51s", "1h 20min", "7 m 51 s") and hours and minutes alone ("2h 30m"). Seconds, or nothing
// when the text is not so (a bare "35.796s" is read as a number with its unit; "5m" alone names
// no seconds; "2m35ms" no minutes).
std::optional<double> go_duration(std::string_view s) {
  // The unit a word names, in seconds (0 for none).
  const auto unit_of = [](std::string_view w) -> double {
    for (const std::string_view h : {"h", "hr", "hrs", "hour", "hours"})
      if (w == h) return 3600;
    for (const std::string_view m : {"m", "min", "mins", "minute", "minutes"})
      if (w == m) return 60;
    for (const std::string_view sec : {"s", "sec", "secs", "second", "seconds"})
      if (w == sec) return 1;
    return 0;
  };
  double total = 0, last_unit = 0;
  int parts = 0;
  bool seconds = false, minutes = false, hours = false;
  while (!s.empty()) {
    if (parts > 0) {
      if (s.front() == ' ') s.remove_prefix(1);  // (one space between parts at most)
      if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return std::nullopt;
    }
    std::size_t i = 0;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
    if (i == 0) return std::nullopt;
    const auto v = parse_decimal(s.substr(0, i));
    if (!v) return std::nullopt;
    // "2m19": the seconds after the minutes, their "s" left out (a note's shortened "2m19s").
    if (i == s.size()) {
      if (!minutes || seconds || *v >= 60) return std::nullopt;
      total += *v;
      seconds = true;
      ++parts;
      break;
    }
    std::size_t j = i;
    if (s[j] == ' ') ++j;  // "7 m 51 s"
    std::size_t k = j;
    while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
    const double unit = unit_of(s.substr(j, k - j));
    // (Each unit smaller than the one before: "3s 2h", "1h 2h", "2m 3m" are none.)
    if (unit == 0 || (last_unit != 0 && unit >= last_unit)) return std::nullopt;
    total += *v * unit;
    last_unit = unit;
    seconds = unit == 1;
    minutes = unit == 60;
    hours = hours || unit == 3600;
    ++parts;
    s.remove_prefix(k);
  }
  if (parts < 2 || !(seconds || (hours && minutes))) return std::nullopt;
  return total;
}

}  // namespace

std::optional<Parsed> parse_cell(std::string_view cell) {
  cell = text::trim(cell);
  if (cell.empty()) return std::nullopt;
  // "−69.9%": the minus sign (U+2212) typographers write, as "-".
  if (cell.size() > 3 && cell.starts_with("\xE2\x88\x92") &&
      std::isdigit(static_cast<unsigned char>(cell[3]))) {
    std::string minus = "-";
    minus.append(cell.substr(3));
    return parse_cell(minus);
  }
  // Split into the numeric literal and what follows it.
  // "$0.05", "-$2,400": a sum in US dollars, the currency every vendor quotes.
  // (Runs for every cell: only the first two characters are looked at.)
  const std::size_t dollar =
      cell[0] == '$' ? 0
      : cell.size() > 1 && cell[1] == '$' && (cell[0] == '+' || cell[0] == '-')
          ? 1
          : std::string_view::npos;
  if (dollar != std::string_view::npos && cell.size() > dollar + 1) {
    std::string rest(cell.substr(0, dollar));
    rest += cell.substr(dollar + 1);
    std::string unit = "usd";
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
      const auto basis = dollar_basis(std::string_view(rest).substr(slash + 1));
      if (!basis) return std::nullopt;  // "$153/yr consumer": words after the basis
      unit = *basis;
      rest.resize(slash);
    }
    double scale = 1;  // "$42k", "$1.2M": thousands and millions of dollars
    if (rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[rest.size() - 2]))) {
      const char m = rest.back();
      scale = (m == 'k' || m == 'K') ? 1e3 : m == 'M' ? 1e6 : 1;
      if (scale > 1) rest.pop_back();
    }
    auto inner = parse_cell(rest);
    if (!inner || !inner->suffix.empty()) return std::nullopt;  // "$5 ms" is no sum
    inner->value *= scale;
    inner->suffix = std::move(unit);
    return inner;
  }
  std::size_t end = 0;
  std::size_t exponent = std::string_view::npos;  // where an 'e' of an exponent stands
  if (end < cell.size() && (cell[end] == '+' || cell[end] == '-')) ++end;
  while (end < cell.size()) {
    const char c = cell[end];
    const bool exp_sign =
        (c == '+' || c == '-') && end > 0 && (cell[end - 1] == 'e' || cell[end - 1] == 'E');
    const bool exp = (c == 'e' || c == 'E') && end + 1 < cell.size() &&
                     (std::isdigit(static_cast<unsigned char>(cell[end + 1])) ||
                      cell[end + 1] == '+' || cell[end + 1] == '-');
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || exp || exp_sign))
      break;
    if (exp && exponent == std::string_view::npos) exponent = end;
    ++end;
  }
  if (end == 0 || (end == 1 && !std::isdigit(static_cast<unsigned char>(cell[0]))))
    return std::nullopt;
  // "360e134", "4e5a2c1" cut at its letters: a commit's short hash, no "360 x 10^134" (programs
  // write an exponent with its sign, "1e+16", or a mantissa of one digit or with a point, "2e5").
  if (const auto e = exponent; e != std::string_view::npos) {
    const std::size_t sign = cell[0] == '+' || cell[0] == '-' ? 1 : 0;
    const std::string_view mantissa = cell.substr(sign, e - sign);
    if (e + 1 < end && std::isdigit(static_cast<unsigned char>(cell[e + 1])) &&
        mantissa.size() >= 2 && mantissa.find('.') == std::string_view::npos)
      return std::nullopt;
  }
  auto suffix = known_suffix(cell.substr(end));
  std::string_view written = cell.substr(0, end);
  std::string scientific;  // "1.2x10^-5" as "1.2e-5"
  if (!suffix) {
    if (const auto go = go_duration(cell); go && cell.front() != '-' && cell.front() != '+')
      return Parsed{*go, "s"};
    const auto power = power_of_ten(cell.substr(end));
    if (!power || written.find_first_of("eE") != std::string_view::npos) return std::nullopt;
    suffix = known_suffix(cell.substr(end + power->second));
    if (!suffix) return std::nullopt;
    scientific.assign(written).append(1, 'e').append(power->first);
    written = scientific;
  }
  std::optional<double> v;
  if (written.find(',') == std::string_view::npos) {
    v = parse_decimal(written);  // the common case: no thousands separators to take out
  } else {
    auto literal = strip_grouping(written);
    if (!literal) literal = decimal_comma(written);  // "45,4", "1.286,8"
    if (!literal) return std::nullopt;
    v = parse_decimal(*literal);
  }
  if (!v) return std::nullopt;
  return Parsed{*v, std::move(*suffix)};
}

bool is_missing_marker(std::string_view cell) {
  cell = text::trim(cell);
  if (cell.size() < 3 || cell.size() > 9) return false;  // runs for every text cell: no allocation
  static constexpr std::array<std::string_view, 9> kMarkers = {
      "nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"};
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (const auto m : kMarkers) {
    if (m.size() == cell.size() && std::equal(m.begin(), m.end(), cell.begin(),
                                              [&](char a, char b) { return a == lower(b); })) {
      return true;
    }
  }
  return false;
}

std::optional<double> parse_legacy(std::string_view s) {
  s = text::trim(s);
  std::string t;
  t.reserve(s.size());
  for (const char c : s) {
    if (c != ',') t += c;
  }
  if (!t.empty() && (t.back() == '%' || t.back() == 's')) t.pop_back();
  if (t.empty()) return std::nullopt;
  std::string_view v(t);
  if (v.front() == '+') v.remove_prefix(1);
  double d = 0;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || ptr != v.data() + v.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::string format_double(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity");
  std::array<char, 32> buf{};
  const auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  (void)ec;
  return std::string(buf.data(), ptr);
}

std::optional<long long> to_count(double v) {
  if (!std::isfinite(v) || v < 0 || v > 9007199254740992.0 || v != std::floor(v))
    return std::nullopt;
  return static_cast<long long>(v);
}

std::string format_figure(double v) {
  const double a = std::fabs(v);
  std::array<char, 400> buf{};
  const int n = std::snprintf(buf.data(), buf.size(), "%.*f", a >= 100 ? 1 : a >= 1 ? 2 : 4, v);
  return std::string(buf.data(), n > 0 ? std::min<std::size_t>(n, buf.size() - 1) : 0);
}

}  // namespace chimera::numeric
