#include "concord/pipeline/stream.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "concord/core/error.hpp"
#include "concord/read/tsv.hpp"
#include "concord/report/document_json.hpp"

namespace concord {
namespace {

using Json = nlohmann::ordered_json;

// A request's optional string member; throws InputError when it is there but not a string.
std::string string_member(const Json& request, const char* key, const std::string& where) {
  if (!request.contains(key)) return "";
  if (!request[key].is_string()) throw InputError(where, 0, std::string("\"") + key + "\" must be a string");
  return request[key].get<std::string>();
}

report::DocumentResult check_inline_tsv(const Pipeline& pipeline, const std::string& tsv,
                                        const std::string& name, const LanguageChoice& languages,
                                        const ScanOptions& options) {
  try {
    auto input = read::parse_tsv(tsv, name);
    pipeline.resolve_languages(input, languages);
    auto result = pipeline.run(input);
    if (options.config) options.config->apply(result);
    return result;
  } catch (const InputError& e) {
    auto result = Pipeline::failed_document(name, name, e.what());
    result.source.lang = languages.from.value_or("");
    result.target.lang = languages.to.value_or("");
    return result;
  }
}

report::DocumentResult answer(const Pipeline& pipeline, const Json& request, const std::string& where,
                              const ScanOptions& options) {
  if (!request.is_object()) throw InputError(where, 0, "expected a JSON object");
  const std::string from = string_member(request, "from", where);
  const std::string to = string_member(request, "to", where);
  const std::string source = string_member(request, "source", where);
  const std::string target = string_member(request, "target", where);
  const std::string path = string_member(request, "path", where);
  const std::string tsv = string_member(request, "tsv", where);
  const int forms = !source.empty() + !path.empty() + request.contains("tsv");
  if (forms != 1 || source.empty() != target.empty()) {
    throw InputError(where, 0, "expected one of \"source\" and \"target\", \"path\", or \"tsv\"");
  }
  LanguageChoice languages = options.defaults;
  if (!from.empty()) languages.from = from;
  if (!to.empty()) languages.to = to;
  if (request.contains("tsv")) return check_inline_tsv(pipeline, tsv, where, languages, options);

  read::DocumentJob job;
  if (!source.empty()) {
    job = {read::DocumentKind::plain_pair, source, target, from, to, ""};
  } else {
    const auto kind = read::bilingual_kind(path);
    job = {kind.value_or(read::DocumentKind::unusable),        path, path, from, to,
           kind ? "" : "not a .tsv, .tmx, .xlf or .xliff file"};
  }
  ScanOptions document_options = options;
  document_options.defaults = languages;
  return check_document(pipeline, job, document_options);
}

}  // namespace

std::size_t stream(const Pipeline& pipeline, std::istream& in, std::ostream& out,
                   const ScanOptions& options) {
  std::size_t errors = 0;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = "stdin:" + std::to_string(number);
    Json answered = {{"input_line", number}};
    try {
      const Json request = Json::parse(line);
      if (request.is_object() && request.contains("id")) answered["id"] = request["id"];
      const auto document = answer(pipeline, request, where, options);
      if (document.failed) ++errors;
      auto fields = report::document_json(document);
      for (auto& [key, value] : fields.items()) answered[key] = std::move(value);
    } catch (const Json::exception& e) {
      ++errors;
      answered["status"] = "error";
      answered["error"] = where + ": not JSON (" + e.what() + ")";
    } catch (const InputError& e) {
      ++errors;
      answered["status"] = "error";
      answered["error"] = e.what();
    }
    // A path that is not UTF-8 must not end the stream: its bytes show as U+FFFD.
    out << answered.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n" << std::flush;
  }
  return errors;
}

}  // namespace concord
