#include "concord/pipeline/pipeline.hpp"

#include <cctype>
#include <future>

#include "concord/align/aligner.hpp"
#include "concord/compare/registry.hpp"
#include "concord/core/error.hpp"
#include "concord/extract/registry.hpp"

namespace concord {

struct Pipeline::Engine {
  explicit Engine(const lang::Language& language)
      : segmenter(language.profile()), extractors(extract::make_extractors(language)) {}

  segment::Segmenter segmenter;
  std::vector<std::unique_ptr<extract::Extractor>> extractors;
};

namespace {

// Collects findings into the document result being built.
class ResultSink final : public compare::FindingSink {
 public:
  explicit ResultSink(report::DocumentResult& result) : result_(result) {}
  void add(std::size_t position, Finding finding) override {
    result_.segments.at(position).findings.push_back(std::move(finding));
  }
  void add_document(Finding finding) override { result_.findings.push_back(std::move(finding)); }

 private:
  report::DocumentResult& result_;
};

std::string joined_text(const std::vector<Segment>& segments, std::size_t begin, std::size_t end) {
  std::string text;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) text += ' ';
    text += segments[i].text;
  }
  return text;
}

compare::SideText side_text(const std::vector<Segment>& segments, std::size_t begin, std::size_t end) {
  compare::SideText side;
  if (begin == end) return side;
  side.text = joined_text(segments, begin, end);
  side.line = segments[begin].line;
  side.column = segments[begin].column;
  return side;
}

compare::SideText unit_side(const Segment& segment) {
  compare::SideText side;
  if (segment.text.empty()) return side;  // an untranslated or empty unit side counts as absent
  side.text = segment.text;
  side.line = segment.line;
  side.column = segment.column;
  return side;
}

report::SegmentSide report_side(const compare::SideText& side) {
  report::SegmentSide result{side.text, side.line, side.column, {}};
  for (auto& fact : extract::fact_views(side.facts)) {
    result.facts.push_back({std::move(fact.kind), fact.span, std::move(fact.key)});
  }
  return result;
}

}  // namespace

Pipeline::Pipeline(const lang::Settings& settings) : languages_(settings), checks_(compare::make_checks()) {}

Pipeline::~Pipeline() = default;

const Pipeline::Engine& Pipeline::engine(const lang::Language& language) const {
  EngineSlot* slot;
  {
    std::lock_guard lock(engines_mutex_);
    auto& entry = engines_[language.code()];
    if (!entry) entry = std::make_unique<EngineSlot>();
    slot = entry.get();
  }
  // Built outside the lock, so that two languages load at once; a failed build is tried again next time.
  std::call_once(slot->once, [&] {
    slot->engine = std::make_unique<Engine>(language);
    slot->built = true;
  });
  return *slot->engine;
}

const Pipeline::Engine& Pipeline::engine_for(const lang::Language& declared, const Engine& declared_engine,
                                             const std::string& text) const {
  const lang::Language* other = languages_.other_language_of(declared, text);
  return other ? engine(*other) : declared_engine;
}

bool Pipeline::has_engine(const lang::Language& language) const {
  std::lock_guard lock(engines_mutex_);
  auto it = engines_.find(language.code());
  return it != engines_.end() && it->second->built.load();
}

std::optional<std::string> Pipeline::resolve_languages(read::DocumentInput& input, const LanguageChoice& choice) const {
  auto sample = [&input](const read::SideInput& side, bool source) {
    std::string text;
    if (input.units) {
      for (const auto& unit : *input.units) text += (source ? unit.source.text : unit.target.text) + "\n";
    } else {
      for (const auto& paragraph : side.paragraphs) text += paragraph.text + "\n";
    }
    return text;
  };
  std::vector<std::string> guessed;
  auto resolve = [&](read::SideInput& side, const std::optional<std::string>& flag, bool source) {
    if (flag) {
      side.lang = languages_.get(*flag).code();
      return;
    }
    // A reader or the scan already named the language (TMX/XLIFF tags, NAME.CODE.txt): it must be one we know.
    if (!side.lang.empty()) {
      const std::string tag = side.lang;
      std::string primary = tag.substr(0, tag.find_first_of("-_"));
      for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const auto* language = languages_.find(primary);
      if (!language) {
        throw InputError(side.path, 0, "unknown language '" + tag + "' (no profile under dictionaries/)");
      }
      side.lang = language->code();
      return;
    }
    const auto codes = languages_.codes_in_file_name(side.path);
    // A TSV named NAME.uk-en.tsv carries both codes: the first is the source's.
    if (input.units && codes.size() == 2) {
      side.lang = source ? codes[0] : codes[1];
      return;
    }
    if (!input.units && codes.size() == 1) {
      side.lang = codes[0];
      return;
    }
    if (auto detected = languages_.detect(sample(side, source))) {
      side.lang = *detected;
      guessed.push_back(std::string(source ? "source" : "target") + " " + *detected);
      return;
    }
    throw InputError(side.path, 0, "cannot tell the language; name it with --from/--to");
  };
  resolve(input.source, choice.from, true);
  resolve(input.target, choice.to, false);
  if (input.source.lang == input.target.lang) {
    throw InputError(input.target.path, 0,
                     "source and target are both '" + input.source.lang + "'; name the languages with --from/--to");
  }
  if (guessed.empty()) return std::nullopt;
  std::string note = "languages guessed from the text: ";
  for (std::size_t i = 0; i < guessed.size(); ++i) note += (i ? ", " : "") + guessed[i];
  return note;
}

report::DocumentResult Pipeline::run(const read::DocumentInput& input) const {
  const lang::Language& source_language = languages_.get(input.source.lang);
  const lang::Language& target_language = languages_.get(input.target.lang);
  // The first document of a language pair builds both engines (Hunspell, name tables: most of a short check's
  // time); they are independent, so the target's is built on another thread meanwhile.
  std::future<const Engine*> target_built;
  if (!has_engine(target_language)) {
    target_built = std::async(std::launch::async, [&] { return &engine(target_language); });
  }
  const Engine& source_engine = engine(source_language);
  const Engine& target_engine = target_built.valid() ? *target_built.get() : engine(target_language);

  compare::AlignedDocument document{&source_language, &target_language, {}};
  if (input.units) {
    for (const auto& unit : *input.units) {
      document.pairs.push_back({unit.index, unit_side(unit.source), unit_side(unit.target)});
    }
  } else {
    const auto source_segments = source_engine.segmenter.split(input.source.paragraphs);
    const auto target_segments = target_engine.segmenter.split(input.target.paragraphs);
    for (const auto& bead : align::align(source_segments, target_segments, &source_language.lexicon(),
                                         &target_language.lexicon())) {
      document.pairs.push_back({document.pairs.size() + 1,
                                side_text(source_segments, bead.source_begin, bead.source_end),
                                side_text(target_segments, bead.target_begin, bead.target_end)});
    }
  }
  for (auto& pair : document.pairs) {
    pair.source.facts = extract::extract_all(
        engine_for(source_language, source_engine, pair.source.text).extractors, pair.source.text);
    pair.target.facts = extract::extract_all(
        engine_for(target_language, target_engine, pair.target.text).extractors, pair.target.text);
  }

  report::DocumentResult result;
  result.source = {input.source.path, input.source.lang};
  result.target = {input.target.path, input.target.lang};
  for (const auto& pair : document.pairs) {
    result.segments.push_back({pair.index, report_side(pair.source), report_side(pair.target), {}});
  }
  ResultSink sink(result);
  for (const auto& check : checks_) check->run(document, sink);
  return result;
}

report::DocumentResult Pipeline::failed_document(std::string source_path, std::string target_path,
                                                 std::string error) {
  report::DocumentResult result;
  result.source.path = std::move(source_path);
  result.target.path = std::move(target_path);
  result.failed = true;
  // Also a finding, so that formats which list only findings (SARIF, JUnit) still show the failed document.
  result.findings.push_back({"input", Severity::error, error, std::nullopt, std::nullopt});
  result.error = std::move(error);
  return result;
}

}  // namespace concord
