#pragma once
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "concord/compare/check.hpp"
#include "concord/extract/extractor.hpp"
#include "concord/lang/languages.hpp"
#include "concord/read/document_input.hpp"
#include "concord/report/report.hpp"
#include "concord/segment/segmenter.hpp"

namespace concord {

struct LanguageChoice {
  std::optional<std::string> from;  // --from
  std::optional<std::string> to;    // --to
};

// Read -> segment -> align -> extract -> compare, for one document at a time. Per-language resources are built
// on first use and shared; run() may be called from several threads.
class Pipeline {
 public:
  explicit Pipeline(const lang::Settings& settings);
  ~Pipeline();

  const lang::Languages& languages() const { return languages_; }

  // Fills in the languages of both sides: the flags, else codes in the file names, else the script of the text.
  // Returns a note for the user when a language was guessed from the text; throws InputError when none fits.
  std::optional<std::string> resolve_languages(read::DocumentInput& input, const LanguageChoice& choice) const;

  report::DocumentResult run(const read::DocumentInput& input) const;

  // The report entry of a document that could not be read: status error, the reason, and the same reason as a
  // document finding of the pseudo-check "input".
  static report::DocumentResult failed_document(std::string source_path, std::string target_path,
                                                std::string error);

 private:
  struct Engine;
  struct EngineSlot {
    std::once_flag once;
    std::atomic<bool> built{false};
    std::unique_ptr<Engine> engine;
  };
  const Engine& engine(const lang::Language& language) const;  // built on first use
  bool has_engine(const lang::Language& language) const;
  // The engine that reads `text`: the declared language's, or that of the language the segment is really
  // written in (Languages::other_language_of).
  const Engine& engine_for(const lang::Language& declared, const Engine& declared_engine,
                           const std::string& text) const;

  lang::Languages languages_;
  std::vector<std::unique_ptr<compare::Check>> checks_;
  mutable std::mutex engines_mutex_;
  mutable std::map<std::string, std::unique_ptr<EngineSlot>> engines_;
};

}  // namespace concord
