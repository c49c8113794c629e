#include "chimera/ingest/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "chimera/core/text.hpp"

namespace chimera::ingest {
namespace {

// Files ingested by one task: small files go to the workers in batches, so that handing work
// over between threads does not cost more than reading a file.
using Batch = std::vector<FileResult>;

// A fixed set of threads running queued tasks; joined on destruction.
class WorkerPool {
 public:
  explicit WorkerPool(unsigned n) {
    for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this] { work(); });
  }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
  }

  std::future<Batch> submit(std::function<Batch()> fn) {
    std::packaged_task<Batch()> task(std::move(fn));
    auto fut = task.get_future();
    {
      std::lock_guard lock(mu_);
      queue_.push_back(std::move(task));
    }
    cv_.notify_one();
    return fut;
  }

 private:
  void work() {
    while (true) {
      std::packaged_task<Batch()> task;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<Batch()>> queue_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
};

// A path as shown in the one-line-per-file data summary: control characters escaped.
std::string display_path(std::string_view p) {
  std::string out;
  for (const char c : text::printable(p)) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

void account(IngestSummary& s, const FileResult& r) {
  ++s.files_seen;
  if (r.status == FileStatus::skipped) {
    s.skipped.push_back({r.entry.rel_path, r.reason});
    return;
  }
  if (r.status == FileStatus::not_results) {
    s.not_read.push_back({r.entry.rel_path, r.reason});
    return;
  }
  const auto t = static_cast<std::size_t>(r.entry.type);
  ++s.counts[t];
  if (s.first_paths[t].size() < 5) s.first_paths[t].push_back(display_path(r.entry.rel_path));
  s.latest_mtime[t] = std::max(s.latest_mtime[t], r.entry.mtime);
  s.total_bytes += r.entry.bytes;
  if (r.entry.type == FileType::markdown) s.heading_count += r.heading_count;
  if (!r.format.empty()) ++s.formats[r.format];
  s.json_documents += r.json_document ? 1 : 0;
  s.metric_rows += r.rows.size();
  for (const auto& lv : r.legacy) {
    if (s.legacy.emplace(lv.key, lv).second) s.legacy_files.emplace(lv.key, r.entry.rel_path);
  }
}

}  // namespace

Result<IngestSummary> run_ingest(const IngestOptions& options, IngestSink& sink,
                                 const ProgressFn& progress) {
  auto walker = TreeWalker::open(options.root, options.walk);
  if (!walker) return walker.error();
  if (auto st = sink.begin(options); !st) return st.error();
  const unsigned jobs =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Batches in flight at most: memory stays bounded by window x batch size, whatever the tree.
  const std::size_t window = 4 * static_cast<std::size_t>(jobs);
  constexpr std::size_t kBatchFiles = 16;
  constexpr std::uint64_t kBatchBytes = 1 << 20;
  IngestSummary summary;
  std::deque<std::future<Batch>> inflight;
  Status status = ok_status();
  {
    WorkerPool pool(jobs);
    const auto drain_one = [&] {
      Batch batch = inflight.front().get();
      inflight.pop_front();
      for (const FileResult& r : batch) {
        account(summary, r);
        if (status) status = sink.file(r);
        if (progress) progress(summary.files_seen, summary.metric_rows);
      }
      // Freed by a worker, where the rows were allocated: a thread that only frees (this one)
      // makes the allocator move every block back to its owner's arena, about a fifth of the
      // whole ingest's allocation cost.
      pool.submit([done = std::move(batch)]() mutable {
        done.clear();
        return Batch{};
      });
    };
    std::vector<FileEntry> pending;
    std::uint64_t pending_bytes = 0;
    const auto submit = [&] {
      if (pending.empty()) return;
      const FileOptions fo = options.file;
      inflight.push_back(pool.submit([entries = std::move(pending), fo]() mutable {
        Batch out;
        out.reserve(entries.size());
        for (auto& e : entries) out.push_back(ingest_file(std::move(e), fo));
        return out;
      }));
      pending.clear();
      pending_bytes = 0;
      if (inflight.size() >= window) drain_one();
    };
    while (auto entry = walker.value().next()) {
      pending_bytes += entry->bytes;
      pending.push_back(std::move(*entry));
      if (pending.size() >= kBatchFiles || pending_bytes >= kBatchBytes) submit();
      if (!status) break;
    }
    submit();
    while (!inflight.empty()) drain_one();
  }
  if (!status) return status.error();
  summary.warnings = walker.value().warnings();
  for (const auto& n : walker.value().not_read()) summary.not_read.push_back({n.path, n.reason});
  summary.not_read_unlisted = walker.value().not_read_unlisted();
  if (auto st = sink.end(summary); !st) return st.error();
  return summary;
}

}  // namespace chimera::ingest
