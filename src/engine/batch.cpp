#include "chimera/engine/batch.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "loaded_model.hpp"

namespace chimera::engine {
namespace {

using Req = BatchEngine::Request;

// A llama_batch of one sequence id per token, owned.
class Batch {
 public:
  Batch() = default;
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  ~Batch() { release(); }
  void reserve(int n) {
    if (n <= cap_) return;
    release();
    b_ = llama_batch_init(n, 0, 1);
    cap_ = n;
  }
  void clear() { b_.n_tokens = 0; }
  int add(llama_token t, llama_pos pos, llama_seq_id seq, bool logits) {
    const int i = b_.n_tokens++;
    b_.token[i] = t;
    b_.pos[i] = pos;
    b_.n_seq_id[i] = 1;
    b_.seq_id[i][0] = seq;
    b_.logits[i] = logits;
    return i;
  }
  const llama_batch& get() const { return b_; }
  int size() const { return b_.n_tokens; }

 private:
  void release() {
    if (cap_ > 0) llama_batch_free(b_);
    cap_ = 0;
  }
  llama_batch b_{};
  int cap_ = 0;
};

struct Running {
  std::shared_ptr<Req> req;
  llama_seq_id seq = 0;
  std::unique_ptr<detail::Sequence> s;
  GenStats st;
  std::int64_t t_start = 0;
  llama_token next = 0;  // to decode this step
  int index = -1;        // its row in the step's batch
};

}  // namespace

struct BatchEngine::Impl {
  explicit Impl(int n) : n_seq(std::max(1, n)), free_seq(static_cast<std::size_t>(n_seq), true) {
    thread = std::thread([this] { loop(); });
  }

  // Shared with other threads, under mu.
  const int n_seq;
  mutable std::mutex mu;
  std::condition_variable cv;
  std::deque<std::shared_ptr<Req>> waiting;
  int n_running = 0;
  bool stop = false, unload_asked = false;
  std::optional<ModelInfo> info;

  // The engine thread's own.
  detail::LoadedModel m;
  std::filesystem::path model;  // what is loaded (or being loaded)
  LoadOptions load;
  bool have_model = false;
  std::vector<Running> running;
  std::vector<bool> free_seq;
  Batch batch;
  std::thread thread;  // last: started once the rest exists

  void loop() {
    while (true) {
      std::vector<std::shared_ptr<Req>> taken;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return stop || unload_asked || !waiting.empty() || !running.empty(); });
        if (stop) break;
        if (unload_asked && running.empty()) {
          m.reset();
          info.reset();
          have_model = false;
          unload_asked = false;
        }
        take(taken);
        n_running = static_cast<int>(running.size() + taken.size());
      }
      for (auto& r : taken) start(r);
      if (!running.empty()) step();
      std::lock_guard lock(mu);
      n_running = static_cast<int>(running.size());
    }
    shut_down();
  }

  // FIFO: requests for the loaded model and options while sequences are free; one for another
  // model or other options only once nothing runs (then everything after it waits for it).
  void take(std::vector<std::shared_ptr<Req>>& taken) {
    while (!waiting.empty() && static_cast<int>(running.size() + taken.size()) < n_seq) {
      const auto& r = waiting.front();
      const bool same = have_model && r->model == model && r->load == load;
      if (!same && !(running.empty() && taken.empty())) return;
      if (!same) {
        model = r->model;
        load = r->load;
        have_model = true;
      }
      taken.push_back(r);
      waiting.pop_front();
    }
  }

  void fail(const std::shared_ptr<Req>& r, Error e) {
    if (r->on_done) r->on_done(std::move(e));
  }

  // Loads what is needed, evaluates the prompt on a free sequence and samples its first token.
  void start(const std::shared_ptr<Req>& r) {
    if (r->cancel && r->cancel->load()) {  // its client left while it waited
      GenStats st;
      st.done_reason = "cancelled";
      if (r->on_done) r->on_done(st);
      return;
    }
    try {
      Running run;
      run.req = r;
      run.t_start = mono_ns();
      auto loaded = m.ensure(r->model, r->load, n_seq);
      if (!loaded) {
        have_model = false;
        return fail(r, loaded.error());
      }
      run.st.load_ns = loaded.value();
      {
        std::lock_guard lock(mu);
        info = m.info();
      }
      batch.reserve(static_cast<int>(llama_n_batch(m.ctx())));
      if (r->on_start) r->on_start();
      if (r->load_only) {
        run.st.total_ns = mono_ns() - run.t_start;
        if (r->on_done) r->on_done(run.st);
        return;
      }
      prefill(std::move(run));
    } catch (const std::exception& e) {  // std::bad_alloc above all: an answer, not an abort
      fail(r, Error{ErrorCode::internal, std::string("generation failed: ") + e.what(), ""});
    }
  }

  void prefill(Running run) {
    const auto& r = *run.req;
    auto fitted = m.prompt(r.messages, r.raw_prompt, r.sample);
    if (!fitted) return fail(run.req, fitted.error());
    const auto& toks = fitted.value().tokens;
    if (fitted.value().original != static_cast<std::int64_t>(toks.size()))
      run.st.prompt_truncated_from = fitted.value().original;
    for (std::size_t i = 0; i < free_seq.size(); ++i) {
      if (free_seq[i]) {
        run.seq = static_cast<llama_seq_id>(i);
        break;
      }
    }
    free_seq[static_cast<std::size_t>(run.seq)] = false;
    llama_memory_seq_rm(llama_get_memory(m.ctx()), run.seq, -1, -1);
    const std::int64_t t_prompt = mono_ns();
    const auto n_batch = static_cast<std::size_t>(llama_n_batch(m.ctx()));
    int last = -1;
    for (std::size_t i = 0; i < toks.size(); i += n_batch) {
      batch.clear();
      const std::size_t end = std::min(toks.size(), i + n_batch);
      for (std::size_t k = i; k < end; ++k)
        last = batch.add(toks[k], static_cast<llama_pos>(k), run.seq, k + 1 == toks.size());
      if (llama_decode(m.ctx(), batch.get()) != 0) {
        free_seq[static_cast<std::size_t>(run.seq)] = true;
        return fail(run.req, Error{ErrorCode::internal, "llama_decode failed on the prompt",
                                   "check num_batch and num_ctx"});
      }
    }
    run.st.prompt_eval_count = static_cast<std::int64_t>(toks.size());
    run.st.prompt_eval_ns = mono_ns() - t_prompt;
    const auto on_piece = run.req->on_piece;
    run.s = std::make_unique<detail::Sequence>(
        m, r.sample, static_cast<int>(toks.size()),
        [on_piece](std::string_view p, std::int64_t) { return !on_piece || on_piece(p); },
        r.cancel);
    if (!run.s->ready()) {
      free_seq[static_cast<std::size_t>(run.seq)] = true;
      return fail(run.req, Error{ErrorCode::input, "the output grammar is not valid GBNF",
                                 "check the format or JSON schema of the request"});
    }
    const auto first = run.s->step(m.ctx(), last);
    if (!first) return finish(run);
    run.next = *first;
    running.push_back(std::move(run));
  }

  // One token for every running request, in one decode.
  void step() {
    batch.clear();
    for (auto& r : running) r.index = batch.add(r.next, r.s->n_past(), r.seq, true);
    bool failed = false;
    try {
      failed = llama_decode(m.ctx(), batch.get()) != 0;
    } catch (const std::exception&) {
      failed = true;
    }
    std::vector<Running> still;
    for (auto& r : running) {
      if (failed) {
        free_seq[static_cast<std::size_t>(r.seq)] = true;
        llama_memory_seq_rm(llama_get_memory(m.ctx()), r.seq, -1, -1);
        fail(r.req, Error{ErrorCode::internal, "llama_decode failed while generating", ""});
        continue;
      }
      r.s->decoded();
      const auto next = r.s->step(m.ctx(), r.index);
      if (!next) {
        finish(r);
        continue;
      }
      r.next = *next;
      still.push_back(std::move(r));
    }
    running = std::move(still);
  }

  void finish(Running& r) {
    llama_memory_seq_rm(llama_get_memory(m.ctx()), r.seq, -1, -1);
    free_seq[static_cast<std::size_t>(r.seq)] = true;
    GenStats st = r.s->finish(r.st);
    st.total_ns = mono_ns() - r.t_start;
    if (r.req->on_done) r.req->on_done(st);
  }

  void shut_down() {
    for (auto& r : running) {
      GenStats st = r.s->finish(r.st);
      st.done_reason = "cancelled";
      if (r.req->on_done) r.req->on_done(st);
    }
    running.clear();
    std::deque<std::shared_ptr<Req>> left;
    {
      std::lock_guard lock(mu);
      left.swap(waiting);
    }
    for (auto& r : left) fail(r, Error{ErrorCode::internal, "the engine is shutting down", ""});
  }
};

BatchEngine::BatchEngine(int n_seq) : impl_(std::make_unique<Impl>(n_seq)) {}

BatchEngine::~BatchEngine() {
  {
    std::lock_guard lock(impl_->mu);
    impl_->stop = true;
  }
  impl_->cv.notify_all();
  impl_->thread.join();
}

void BatchEngine::submit(std::shared_ptr<Request> r) {
  {
    std::lock_guard lock(impl_->mu);
    impl_->waiting.push_back(std::move(r));
  }
  impl_->cv.notify_all();
}

void BatchEngine::unload() {
  {
    std::lock_guard lock(impl_->mu);
    impl_->unload_asked = true;
  }
  impl_->cv.notify_all();
}

std::optional<ModelInfo> BatchEngine::info() const {
  std::lock_guard lock(impl_->mu);
  return impl_->info;
}

bool BatchEngine::idle() const {
  std::lock_guard lock(impl_->mu);
  return impl_->waiting.empty() && impl_->n_running == 0;
}

}  // namespace chimera::engine
