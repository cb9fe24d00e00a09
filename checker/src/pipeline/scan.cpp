#include "concord/pipeline/scan.hpp"

#include <condition_variable>
#include <cstdio>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "concord/core/error.hpp"

namespace concord {

report::DocumentResult check_document(const Pipeline& pipeline, const read::DocumentJob& job,
                                      const ScanOptions& options) {
  auto failed = [&job](const std::string& error) {
    auto result = Pipeline::failed_document(job.source.string(), job.target.string(), error);
    result.source.lang = job.source_lang;
    result.target.lang = job.target_lang;
    return result;
  };
  try {
    auto input = read::read_document(job);
    if (input.source.lang.empty() && options.defaults.from) input.source.lang = *options.defaults.from;
    if (input.target.lang.empty() && options.defaults.to) input.target.lang = *options.defaults.to;
    pipeline.resolve_languages(input, {});
    auto result = pipeline.run(input);
    if (options.config) options.config->apply(result);
    return result;
  } catch (const InputError& e) {
    return failed(e.what());
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    // A bug met on this input must not lose the document: it is reported as failed, with what went wrong.
    return failed(job.source.string() + ": internal error while checking: " + e.what());
  }
}

void scan(const Pipeline& pipeline, const read::Corpus& corpus, const ScanOptions& options,
          const std::function<void(report::DocumentResult&&)>& emit) {
  const std::size_t total = corpus.size();
  const unsigned jobs = std::max(1u, options.jobs);
  // Workers may run this far ahead of the document being emitted; it bounds the results held in memory.
  const std::size_t window = 4 * static_cast<std::size_t>(jobs);

  std::mutex mutex;
  std::condition_variable work_allowed;
  std::condition_variable result_ready;
  std::size_t next_claim = 0;
  std::size_t next_emit = 0;
  bool stopping = false;
  std::exception_ptr fatal;
  std::map<std::size_t, report::DocumentResult> ready;

  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        work_allowed.wait(lock,
                          [&] { return stopping || next_claim >= total || next_claim < next_emit + window; });
        if (stopping || next_claim >= total) return;
        index = next_claim++;
      }
      try {
        auto result = check_document(pipeline, corpus[index], options);
        std::lock_guard lock(mutex);
        ready.emplace(index, std::move(result));
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!fatal) fatal = std::current_exception();
        stopping = true;
      }
      result_ready.notify_all();
      work_allowed.notify_all();
    }
  };

  std::vector<std::thread> threads;
  for (unsigned i = 0; i < std::min<std::size_t>(jobs, std::max<std::size_t>(total, 1)); ++i) {
    threads.emplace_back(worker);
  }
  auto stop_all = [&] {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    work_allowed.notify_all();
    for (auto& thread : threads) thread.join();
  };
  try {
    for (std::size_t index = 0; index < total; ++index) {
      report::DocumentResult result;
      {
        std::unique_lock lock(mutex);
        result_ready.wait(lock, [&] { return fatal || ready.contains(index); });
        if (fatal) break;
        auto node = ready.extract(index);
        result = std::move(node.mapped());
        next_emit = index + 1;
      }
      work_allowed.notify_all();
      emit(std::move(result));
    }
  } catch (...) {
    stop_all();
    throw;
  }
  stop_all();
  if (fatal) std::rethrow_exception(fatal);
}

ProgressLine::ProgressLine(std::ostream& out, std::size_t total)
    : out_(out), total_(total), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressLine::update(std::size_t done) {
  const auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  char line[128];
  if (rate > 0) {
    std::snprintf(line, sizeof line, "checked %zu/%zu documents, %.1f/s, ETA %.0fs", done, total_, rate,
                  static_cast<double>(total_ - done) / rate);
  } else {
    std::snprintf(line, sizeof line, "checked %zu/%zu documents", done, total_);
  }
  out_ << "\r\033[K" << line << std::flush;
  drawn_ = true;
}

void ProgressLine::clear() {
  if (drawn_) out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace concord
