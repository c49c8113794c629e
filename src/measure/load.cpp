#include "chimera/measure/load.hpp"
#include "chimera/core/clock.hpp"

#include <chrono>
#include <cmath>
#include <list>
#include <memory>

#include "chimera/measure/runner.hpp"
#include "recorder_handler.hpp"

namespace chimera::measure {
namespace {

// splitmix64 → uniform (0, 1): the same arrival times on every platform for one seed.
class Uniform {
 public:
  explicit Uniform(std::uint64_t seed) : s_(seed) {}
  double next() {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return (static_cast<double>(z >> 11) + 0.5) / 9007199254740992.0;
  }

 private:
  std::uint64_t s_;
};

class LoadSource;

// One request in flight: its record, the recorder, and a hook that hands the record back.
struct InFlight final : transport::StreamHandler {
  LoadSource* owner = nullptr;
  std::list<std::unique_ptr<InFlight>>::iterator self;  // its place in the owner's list
  backend::GenerateRequest request;
  LoadRecord rec;
  std::unique_ptr<detail::Recorder> recorder;
  bool on_data(long s, std::string_view b, std::int64_t t) override {
    return recorder->on_data(s, b, t);
  }
  std::optional<std::string> on_tick(std::int64_t now) override { return recorder->on_tick(now); }
  std::string abort_reason() const override { return recorder->abort_reason(); }
  bool gap_timeout_applies() const override { return recorder->gap_timeout_applies(); }
  void on_done(const transport::TransferResult& r) override;
};

class LoadSource final : public transport::TransferSource {
 public:
  LoadSource(const backend::Backend& b,
             const std::function<backend::GenerateRequest(std::size_t)>& make, const LoadLevel& l,
             const std::function<void(const LoadRecord&)>& on_record, LoadResult& res)
      : b_(b), make_(make), l_(l), on_record_(on_record), res_(res), rng_(l.seed) {
    res_.start_ns = mono_ns();
    res_.start_unix_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    const auto s = [](double x) { return static_cast<std::int64_t>(x * 1e9); };
    by_count_ = l.requests > 0;
    if (!by_count_) {
      res_.window_start_ns = res_.start_ns + s(l.warmup_s);
      res_.window_end_ns = res_.window_start_ns + s(l.duration_s);
      stop_ns_ = res_.window_end_ns + s(l.cooldown_s);
    }
    next_arrival_ = res_.start_ns;
  }

  std::vector<transport::Transfer> more(std::int64_t now, std::size_t running) override {
    std::vector<transport::Transfer> out;
    if (transport::HttpClient::interrupted()) {
      if (!res_.interrupted) res_.interrupted_ns = now;
      res_.interrupted = true;
      stopped_ = true;
      return out;
    }
    if (l_.mode == LoadLevel::Mode::closed) {
      while (running + out.size() < l_.concurrency && want_more(now))
        out.push_back(send(now, now, running + out.size()));
    } else {
      while (want_more(now) && next_arrival_ <= now) {
        const std::int64_t scheduled = next_arrival_;
        advance_arrival();
        if (running + out.size() >= l_.max_in_flight) {
          ++res_.dropped;
          ++sent_;
          continue;
        }
        out.push_back(send(now, scheduled, running + out.size()));
      }
    }
    return out;
  }

  bool exhausted(std::int64_t now) const override {
    return stopped_ || res_.interrupted || !const_cast<LoadSource*>(this)->want_more(now);
  }
  std::int64_t next_ns() const override {
    return l_.mode == LoadLevel::Mode::open ? next_arrival_ : -1;
  }

  void done(InFlight* f) {
    const std::int64_t now = mono_ns();
    account(now, -1);
    f->rec.record.metrics = stats::derive(f->rec.record.timeline, f->rec.record.server);
    any_ok_ |= f->rec.record.ok;
    if (!any_ok_ && !res_.fatal && is_fatal(f->rec.record)) {
      res_.fatal = true;
      res_.fatal_index = res_.records.size();
      stopped_ = true;
    }
    if (by_count_ && f->rec.measured && f->rec.record.timeline.done_ns)
      res_.window_end_ns = std::max(res_.window_end_ns, now);
    if (on_record_) on_record_(f->rec);
    res_.records.push_back(std::move(f->rec));
    flights_.erase(f->self);  // O(1): the flight knows where it is
  }

  void close(std::int64_t now) {
    account(now, 0);
    res_.end_ns = now;
    if (transport::HttpClient::interrupted() && !res_.interrupted) {
      res_.interrupted = true;
      res_.interrupted_ns = now;
    }
    if (res_.interrupted) cut_window();
    const std::int64_t lo = res_.window_start_ns, hi = window_end();
    double area = 0;
    std::size_t level = 0;
    std::int64_t at = res_.start_ns;
    for (const auto& [t, n] : changes_) {
      const std::int64_t a = std::max(at, lo), z = std::min(t, hi);
      if (z > a) area += static_cast<double>(level) * static_cast<double>(z - a);
      if (t >= lo && t < hi) res_.in_flight_peak = std::max(res_.in_flight_peak, n);
      at = t;
      level = n;
    }
    // The level held when the window opened counts as seen in the window.
    std::size_t open_level = 0;
    for (const auto& [t, n] : changes_) {
      if (t > lo) break;
      open_level = n;
    }
    res_.in_flight_peak = std::max(res_.in_flight_peak, open_level);
    res_.in_flight_mean = hi > lo ? area / static_cast<double>(hi - lo) : 0;
  }

 private:
  bool want_more(std::int64_t now) {
    if (stopped_) return false;
    if (!by_count_) return now < stop_ns_;
    // By count: warm-up + measured + one cool-down request per slot.
    const std::size_t tail = l_.mode == LoadLevel::Mode::closed ? l_.concurrency : 1;
    return sent_ < l_.warmup_requests + l_.requests + tail;
  }
  void advance_arrival() {
    const double gap = l_.poisson ? -std::log(rng_.next()) / l_.rate : 1.0 / l_.rate;
    next_arrival_ += static_cast<std::int64_t>(gap * 1e9);
  }
  std::int64_t window_end() const { return res_.window_end_ns; }
  // The window as it really ran: from its start to the interruption (empty when the
  // interruption came in the warm-up).
  void cut_window() {
    res_.planned_window_end_ns = by_count_ ? 0 : res_.window_end_ns;
    const bool started = by_count_ ? sent_ > l_.warmup_requests : true;
    if (!started || res_.interrupted_ns <= res_.window_start_ns) {
      res_.window_start_ns = res_.window_end_ns = std::max(res_.start_ns, res_.window_start_ns);
      return;
    }
    res_.window_end_ns =
        by_count_ ? res_.interrupted_ns : std::min(res_.window_end_ns, res_.interrupted_ns);
  }

  transport::Transfer send(std::int64_t now, std::int64_t scheduled, std::size_t running) {
    auto f = std::make_unique<InFlight>();
    f->owner = this;
    f->request = make_(sent_);
    auto& rec = f->rec.record;
    rec.index = sent_;
    rec.backend = std::string(b_.kind());
    rec.model = f->request.model;
    transport::Transfer t{b_.build(f->request), f.get()};
    rec.url = t.request.url;
    f->recorder =
        std::make_unique<detail::Recorder>(b_, f->request, rec, l_.first_token_timeout_ms);
    bool after = false;
    if (by_count_) {
      f->rec.measured = sent_ >= l_.warmup_requests && sent_ < l_.warmup_requests + l_.requests;
      after = sent_ >= l_.warmup_requests + l_.requests;
      if (sent_ == l_.warmup_requests) res_.window_start_ns = now;
    } else {
      f->rec.measured = now >= res_.window_start_ns && now < res_.window_end_ns;
      after = now >= res_.window_end_ns;
    }
    f->rec.phase = f->rec.measured ? "measured" : (after ? "cooldown" : "warmup");
    rec.warmup = !f->rec.measured;
    f->rec.in_flight_at_send = running;
    f->rec.scheduled_ns = scheduled;
    f->rec.sent_ns = now;
    f->rec.level_start_ns = res_.start_ns;
    f->rec.sent_unix_ns = res_.start_unix_ns + (now - res_.start_ns);
    rec.timeline.send_ns = now;
    ++sent_;
    account(now, +1);
    InFlight* raw = f.get();
    flights_.push_back(std::move(f));
    raw->self = std::prev(flights_.end());
    return t;
  }

  // In-flight count changes; integrated over the measurement window at close().
  void account(std::int64_t now, int delta) {
    in_flight_ = static_cast<std::size_t>(static_cast<long long>(in_flight_) + delta);
    changes_.emplace_back(now, in_flight_);
  }

  const backend::Backend& b_;
  const std::function<backend::GenerateRequest(std::size_t)>& make_;
  LoadLevel l_;
  const std::function<void(const LoadRecord&)>& on_record_;
  LoadResult& res_;
  Uniform rng_;
  bool by_count_ = false, stopped_ = false, any_ok_ = false;
  std::int64_t stop_ns_ = 0, next_arrival_ = 0;
  std::size_t sent_ = 0, in_flight_ = 0;
  std::vector<std::pair<std::int64_t, std::size_t>> changes_;
  std::list<std::unique_ptr<InFlight>> flights_;
};

void InFlight::on_done(const transport::TransferResult& r) {
  recorder->on_done(r);
  owner->done(this);  // destroys this object: nothing may follow
}

}  // namespace

LoadResult run_load(const backend::Backend& b, transport::HttpClient& http,
                    const std::function<backend::GenerateRequest(std::size_t)>& make,
                    const LoadLevel& level,
                    const std::function<void(const LoadRecord&)>& on_record) {
  LoadResult res;
  LoadSource src(b, make, level, on_record, res);
  http.drive(src);
  src.close(mono_ns());
  return res;
}

}  // namespace chimera::measure
