#pragma once
// The stream handler that turns transport callbacks and decoder events into one RequestRecord
// (private to the measure module: the probe runner and the load driver share it).
#include "chimera/backend/backend.hpp"
#include "chimera/measure/record.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::measure::detail {

// Turns transport callbacks and decoder events into one RequestRecord.
class Recorder final : public transport::StreamHandler, public backend::DecodeSink {
 public:
  Recorder(const backend::Backend& b, const backend::GenerateRequest& q, RequestRecord& rec,
           int first_token_ms)
      : b_(b), q_(q), rec_(rec), decoder_(b.decoder(q.chat)), first_token_ms_(first_token_ms) {}

  bool on_data(long status, std::string_view bytes, std::int64_t t) override {
    if (!rec_.timeline.first_byte_ns) rec_.timeline.first_byte_ns = t;
    rec_.http_status = status;
    if (status >= 400) {
      error_body_.append(bytes.substr(0, 65536 - std::min<std::size_t>(65536, error_body_.size())));
      return true;
    }
    decoder_->feed(bytes, t, *this);
    return !stream_failed_;
  }

  std::optional<std::string> on_tick(std::int64_t now) override {
    if (rec_.timeline.first_token_ns || rec_.http_status >= 400) return std::nullopt;
    if (now - rec_.timeline.send_ns > std::int64_t{first_token_ms_} * 1'000'000) {
      first_token_late_ = true;
      return "no token from " + q_.model + " within " + std::to_string(first_token_ms_) +
             " ms (--first-token-timeout; a cold model load can take long)";
    }
    return std::nullopt;
  }

  std::string abort_reason() const override { return stream_error_; }
  bool gap_timeout_applies() const override { return rec_.timeline.first_token_ns.has_value(); }

  void on_done(const transport::TransferResult& r) override {
    rec_.http_status = r.status;
    if (r.error == transport::ErrorKind::none && r.status < 400 && !stream_failed_) {
      const bool complete = decoder_->finish(r.end_ns, *this);
      // A malformed line is the cause when the stream is also incomplete: report that.
      if (!stream_failed_ && !complete && rec_.malformed == 0) {
        fail(Failure::incomplete_stream,
             "the stream from " + rec_.url + " ended without its final record (truncated?)");
      }
    }
    if (stream_failed_) return;  // already classified by the decoder events
    if (r.error != transport::ErrorKind::none) {
      fail(first_token_late_ ? Failure::first_token_timeout
                             : failure_from_name(transport::error_kind_name(r.error)),
           r.message);
    } else if (r.status >= 400) {
      fail(Failure::http_error, b_.http_error(r.status, error_body_, q_.model));
    } else if (rec_.malformed > 0) {
      fail(Failure::malformed_stream, std::to_string(rec_.malformed) +
                                          " malformed line(s) in the stream from " + rec_.url +
                                          ": " + first_malformed_);
    } else {
      rec_.ok = true;
    }
  }

  // Completes a record produced in-process (no transport): a missing final record is an error.
  void finish_in_process() {
    if (stream_failed_) return;
    if (!rec_.timeline.done_ns) {
      fail(Failure::incomplete_stream, "the engine stopped without a final record");
    } else {
      rec_.ok = true;
    }
  }

  // DecodeSink
  void text(std::string_view chunk, bool reasoning, std::int64_t t) override {
    auto& tl = rec_.timeline;
    if (!tl.first_token_ns) tl.first_token_ns = t;
    if (reasoning) {
      rec_.reasoning.append(chunk);
    } else {
      if (!tl.first_content_ns) tl.first_content_ns = t;
      rec_.text.append(chunk);
    }
    tl.token_chunk_ns.push_back(t);  // every text-carrying chunk, reasoning included
    ++rec_.chunks;
  }
  void final(const stats::ServerFigures& f, std::string_view reason, std::int64_t t) override {
    rec_.server = f;
    rec_.done_reason = std::string(reason);
    rec_.timeline.done_ns = t;
  }
  void stream_error(std::string_view message, std::int64_t) override {
    if (rec_.url == "in-process") {
      stream_error_ = "the embedded engine failed: " + std::string(message);
      fail(Failure::engine_error, stream_error_ + " (model " + q_.model + ")");
      return;
    }
    stream_error_ = "the server reported an error mid-stream: " + std::string(message);
    fail(Failure::stream_error, stream_error_ + " (model " + q_.model + ", " + rec_.url + ")");
  }
  void malformed(std::string_view what) override {
    if (rec_.malformed++ == 0) first_malformed_ = std::string(what);
  }

 private:
  void fail(Failure kind, std::string message) {
    stream_failed_ = true;
    rec_.ok = false;
    rec_.error_kind = kind;
    rec_.error = std::move(message);
  }

  const backend::Backend& b_;
  const backend::GenerateRequest& q_;
  RequestRecord& rec_;
  std::unique_ptr<backend::StreamDecoder> decoder_;
  int first_token_ms_;
  std::string error_body_, stream_error_, first_malformed_;
  bool stream_failed_ = false, first_token_late_ = false;
};

}  // namespace chimera::measure::detail
