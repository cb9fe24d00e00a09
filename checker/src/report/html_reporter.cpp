// A self-contained HTML page (inline CSS and JS, no network) for a reviewer: each document as two aligned
// columns of segments, every extracted fact highlighted, facts with equal keys on the two sides linked on
// hover, the parts a finding points at coloured by severity with the message under the row, a missing
// counterpart as an empty cell, a filter by check and severity. Documents are written as they arrive; the
// summary, the filter and the index of documents are written at the end and shown first (CSS order), so the
// page never holds the whole scan in memory. All document text goes through escape_markup: a segment holding
// <script> stays text.
#include <algorithm>
#include <map>
#include <set>

#include "concord/core/text.hpp"
#include "concord/report/reporter.hpp"
#include "markup.hpp"

namespace concord::report {
namespace {

constexpr const char* kStyle = R"CSS(
:root{--error:#b3261e;--error-bg:#fde2df;--warning:#8a5a00;--warning-bg:#ffefc2;--info:#1d5fa8;--info-bg:#dfeefe;
--line:#d9dde3;--muted:#5f6b7a;--number:#e3effd;--date:#e3f6e8;--name:#f1e6fa;--fact:#eef0f3}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1c2430;background:#f6f7f9}
.page{display:flex;flex-direction:column;max-width:1280px;margin:0 auto;padding:16px}
.top{order:-1}
h1{font-size:1.35rem;margin:.2rem 0 .8rem}
h2{font-size:1.05rem;margin:0;overflow-wrap:anywhere}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 14px;min-width:92px}
.card b{display:block;font-size:1.3rem}
.card.error b{color:var(--error)}.card.warning b{color:var(--warning)}.card.info b{color:var(--info)}
.card span{color:var(--muted);font-size:.85rem}
.controls{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:12px;
display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
.controls legend{float:left;font-weight:600;margin-right:6px;padding:0}
.controls label{white-space:nowrap;cursor:pointer}
.legend{color:var(--muted);font-size:.85rem}
.index{width:100%;border-collapse:collapse;background:#fff;margin-bottom:12px;font-size:.9rem}
.index th,.index td{border:1px solid var(--line);padding:4px 8px;text-align:right}
.index th:first-child,.index td:first-child{text-align:left;overflow-wrap:anywhere}
.document{background:#fff;border:1px solid var(--line);border-radius:8px;margin-bottom:16px;overflow:hidden}
.doc-head{padding:10px 14px;border-bottom:1px solid var(--line);background:#fbfcfd}
.doc-meta{color:var(--muted);font-size:.85rem}
.doc-error{color:var(--error);padding:10px 14px}
.columns,.seg{display:grid;grid-template-columns:3.2em minmax(0,1fr) minmax(0,1fr)}
.columns{font-weight:600;font-size:.85rem;color:var(--muted);border-bottom:1px solid var(--line);background:#fbfcfd}
.columns div{padding:4px 10px;overflow-wrap:anywhere}
.seg{border-bottom:1px solid var(--line)}
.seg:last-child{border-bottom:0}
.seg.has-error{box-shadow:inset 4px 0 var(--error)}.seg.has-warning:not(.has-error){box-shadow:inset 4px 0 #e0a100}
.num{padding:6px 8px;color:var(--muted);font-size:.8rem;text-align:right}
.side{padding:6px 10px;border-left:1px solid var(--line);overflow-wrap:anywhere}
.side.empty{background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#fff 6px 12px);color:var(--muted);font-style:italic}
.side .lang{display:none}
.findings{grid-column:1/-1;list-style:none;margin:0;padding:0 10px 8px 3.2em}
.finding{border-radius:4px;padding:2px 8px;margin-top:4px;font-size:.9rem}
.finding.error{background:var(--error-bg);color:var(--error)}
.finding.warning{background:var(--warning-bg);color:var(--warning)}
.finding.info{background:var(--info-bg);color:var(--info)}
.finding code{font-weight:600}
.fact{background:var(--fact);border-radius:3px;padding:0 1px;white-space:nowrap}
.fact.k-number{background:var(--number)}.fact.k-date{background:var(--date)}.fact.k-name{background:var(--name)}
.fact.unpaired{text-decoration:underline dotted var(--muted)}
.fact.linked{outline:2px solid #3b6fd8;background:#cfe0ff}
.bad{border-bottom:2px solid;font-weight:600}
.bad.error{color:var(--error);background:var(--error-bg);border-color:var(--error)}
.bad.warning{color:var(--warning);background:var(--warning-bg);border-color:#e0a100}
.bad.info{color:var(--info);background:var(--info-bg);border-color:var(--info)}
.bad.off{color:inherit;font-weight:inherit;border-bottom:0}
.hidden{display:none!important}
@media (max-width:720px){
.page{padding:8px}
.columns{display:none}
.seg{grid-template-columns:minmax(0,1fr)}
.num{text-align:left;padding:6px 10px 0}
.side{border-left:0}
.side .lang{display:inline-block;font-size:.7rem;font-weight:600;color:var(--muted);margin-right:6px;text-transform:uppercase}
.findings{padding-left:10px}
.card{min-width:0;flex:1 1 28%}
}
)CSS";

// Filters findings by severity and check; a highlighted part loses its colour when all its findings are
// hidden; "only segments with findings" hides the rest. Hovering a fact outlines the facts with the same key
// in its row.
constexpr const char* kScript = R"JS(
(function(){
  const boxes=[...document.querySelectorAll('.controls input[data-severity],.controls input[data-check]')];
  const onlyFindings=document.getElementById('only-findings');
  function allowed(kind){return new Set(boxes.filter(b=>b.dataset[kind]!==undefined&&b.checked).map(b=>b.dataset[kind]));}
  function apply(){
    const severities=allowed('severity'),checks=allowed('check');
    let shown=0;
    for(const f of document.querySelectorAll('.finding')){
      const visible=severities.has(f.dataset.severity)&&checks.has(f.dataset.check);
      f.classList.toggle('hidden',!visible);if(visible)shown++;
    }
    for(const part of document.querySelectorAll('.bad')){
      const ids=part.dataset.findings.split(' ');
      part.classList.toggle('off',!ids.some(id=>!document.getElementById(id).classList.contains('hidden')));
    }
    for(const seg of document.querySelectorAll('.seg')){
      const any=seg.querySelector('.finding:not(.hidden)')!==null;
      seg.classList.toggle('hidden',onlyFindings.checked&&!any);
    }
    document.getElementById('shown').textContent=String(shown);
  }
  for(const b of boxes)b.addEventListener('change',apply);
  onlyFindings.addEventListener('change',apply);
  function link(event,on){
    const fact=event.target.closest('.fact');if(!fact)return;
    for(const other of fact.closest('.seg').querySelectorAll('.fact'))
      if(other.dataset.key===fact.dataset.key)other.classList.toggle('linked',on);
  }
  document.addEventListener('mouseover',e=>link(e,true));
  document.addEventListener('mouseout',e=>link(e,false));
  apply();
})();
)JS";

// One highlighted stretch of a side: the fact and the findings that cover it.
struct Mark {
  Span span;
  const FactMark* fact = nullptr;
  std::string finding_id;
  Severity severity = Severity::info;
  const std::string* message = nullptr;
};

std::string severity_name(Severity severity) { return std::string(to_string(severity)); }

// The side's text cut at every mark boundary; each piece is wrapped in one span naming all that covers it.
std::string highlighted(const std::string& text, const std::vector<Mark>& marks,
                        const std::set<std::string>& other_keys) {
  const std::u32string code_points = text::to_u32(text);
  std::vector<std::size_t> cuts = {0, code_points.size()};
  for (const auto& mark : marks) {
    cuts.push_back(std::min(mark.span.start, code_points.size()));
    cuts.push_back(std::min(mark.span.end, code_points.size()));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const Span piece{cuts[i], cuts[i + 1]};
    const std::string piece_text =
        escape_markup(text::to_utf8(code_points.substr(piece.start, piece.length())));
    const FactMark* fact = nullptr;
    std::string finding_ids;
    std::string titles;
    std::optional<Severity> worst;
    for (const auto& mark : marks) {
      if (mark.span.start > piece.start || mark.span.end < piece.end) continue;
      if (mark.fact && !fact) fact = mark.fact;
      if (mark.message) {
        finding_ids += (finding_ids.empty() ? "" : " ") + mark.finding_id;
        titles += (titles.empty() ? "" : "\n") + *mark.message;
        worst = std::max(worst.value_or(mark.severity), mark.severity);
      }
    }
    if (!fact && !worst) {
      out += piece_text;
      continue;
    }
    std::string classes;
    if (fact) classes += "fact k-" + fact->kind + (other_keys.count(fact->key) ? "" : " unpaired");
    if (worst) classes += std::string(classes.empty() ? "" : " ") + "bad " + severity_name(*worst);
    out += "<span class=\"" + escape_markup(classes) + "\"";
    if (fact) out += " data-key=\"" + escape_markup(fact->key) + "\"";
    if (worst) out += " data-findings=\"" + finding_ids + "\"";
    const std::string title = worst ? titles : fact->kind + ": " + fact->key;
    out += " title=\"" + escape_markup(title) + "\">" + piece_text + "</span>";
  }
  return out;
}

std::set<std::string> keys_of(const SegmentSide& side) {
  std::set<std::string> keys;
  for (const auto& fact : side.facts) keys.insert(fact.key);
  return keys;
}

std::string finding_item(const Finding& finding, const std::string& id) {
  const auto severity = severity_name(finding.severity);
  return "<li class=\"finding " + severity + "\" id=\"" + id + "\" data-severity=\"" + severity +
         "\" data-check=\"" + escape_markup(finding.check) + "\"><code>" + severity + "[" +
         escape_markup(finding.check) + "]</code> " + escape_markup(finding.message) + "</li>";
}

std::string plural(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

struct IndexEntry {
  std::string anchor;
  std::string title;
  std::size_t segments = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  bool failed = false;
};

class HtmlReporter final : public Reporter {
 public:
  void begin(std::ostream& out) override {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>Concord translation report</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
        << "<div class=\"page\">\n<main>\n";
  }

  void add(const DocumentResult& document, std::ostream& out) override {
    IndexEntry entry;
    entry.anchor = "doc-" + std::to_string(index_.size() + 1);
    entry.title = document.source.path + " \u2192 " + document.target.path;
    entry.segments = document.segments.size();
    entry.failed = document.failed;
    auto count = [&](const Finding& finding) {
      checks_.insert(finding.check);
      ++(finding.severity == Severity::error     ? entry.errors
         : finding.severity == Severity::warning ? entry.warnings
                                                 : entry.infos);
    };
    for (const auto& finding : document.findings) count(finding);
    for (const auto& segment : document.segments) {
      for (const auto& finding : segment.findings) count(finding);
    }

    out << "<section class=\"document\" id=\"" << entry.anchor << "\">\n<div class=\"doc-head\"><h2>"
        << escape_markup(entry.title) << "</h2><div class=\"doc-meta\">";
    if (document.failed) {
      out << "not checked</div></div>\n<p class=\"doc-error\">" << escape_markup(document.error) << "</p>\n";
    } else {
      out << escape_markup(document.source.lang) << " \u2192 " << escape_markup(document.target.lang)
          << " \u00b7 " << plural(entry.segments, "segment") << " \u00b7 " << plural(entry.errors, "error")
          << " \u00b7 " << plural(entry.warnings, "warning") << "</div></div>\n";
    }
    if (!document.findings.empty()) {
      out << "<ul class=\"findings\">";
      for (std::size_t i = 0; i < document.findings.size(); ++i) {
        out << finding_item(document.findings[i], entry.anchor + "-f" + std::to_string(i));
      }
      out << "</ul>\n";
    }
    if (!document.segments.empty()) {
      out << "<div class=\"columns\"><div>#</div><div>" << escape_markup(document.source.lang) << " \u00b7 "
          << escape_markup(document.source.path) << "</div><div>" << escape_markup(document.target.lang)
          << " \u00b7 " << escape_markup(document.target.path) << "</div></div>\n";
    }
    for (const auto& segment : document.segments) write_segment(document, segment, entry.anchor, out);
    out << "</section>\n";
    index_.push_back(std::move(entry));
  }

  void end(const Summary& summary, std::ostream& out) override {
    out << "</main>\n<header class=\"top\">\n<h1>Concord translation report</h1>\n<div class=\"cards\">"
        << card(summary.documents, "documents", "") << card(summary.segments, "segments", "")
        << card(summary.errors, "errors", "error") << card(summary.warnings, "warnings", "warning")
        << card(summary.infos, "notes", "info");
    if (summary.failed) out << card(summary.failed, "failed", "error");
    out << "</div>\n<form class=\"controls\" onsubmit=\"return false\">\n<fieldset><legend>Severity</legend>";
    for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
      const auto name = severity_name(severity);
      out << "<label><input type=\"checkbox\" checked data-severity=\"" << name << "\"> " << name
          << "</label>";
    }
    out << "</fieldset>\n<fieldset><legend>Check</legend>";
    for (const auto& check : checks_) {
      out << "<label><input type=\"checkbox\" checked data-check=\"" << escape_markup(check) << "\"> "
          << escape_markup(check) << "</label>";
    }
    out << "</fieldset>\n<label><input type=\"checkbox\" id=\"only-findings\"> only segments with "
           "findings</label>"
        << "<span class=\"legend\">findings shown: <span id=\"shown\">0</span> \u00b7 "
        << "<span class=\"fact k-number\">number</span> <span class=\"fact k-date\">date</span> "
        << "<span class=\"fact k-name\">name</span> facts; hover one to see its "
           "counterpart</span>\n</form>\n";
    if (index_.size() > 1) write_index(out);
    out << "</header>\n</div>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  }

 private:
  static std::string card(std::size_t value, const std::string& label, const std::string& kind) {
    return "<div class=\"card " + kind + "\"><b>" + std::to_string(value) + "</b><span>" + label +
           "</span></div>";
  }

  void write_index(std::ostream& out) const {
    out << "<table "
           "class=\"index\"><thead><tr><th>Document</th><th>Segments</th><th>Errors</th><th>Warnings</th>"
        << "<th>Notes</th></tr></thead><tbody>\n";
    for (const auto& entry : index_) {
      out << "<tr><td><a href=\"#" << entry.anchor << "\">" << escape_markup(entry.title) << "</a>"
          << (entry.failed ? " (not checked)" : "") << "</td><td>" << entry.segments << "</td><td>"
          << entry.errors << "</td><td>" << entry.warnings << "</td><td>" << entry.infos << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
  }

  static void write_segment(const DocumentResult& document, const SegmentResult& segment,
                            const std::string& anchor, std::ostream& out) {
    const std::string prefix = anchor + "-s" + std::to_string(segment.index) + "-f";
    std::vector<Mark> source_marks;
    std::vector<Mark> target_marks;
    for (const auto& fact : segment.source.facts)
      source_marks.push_back(Mark{fact.span, &fact, {}, Severity::info, nullptr});
    for (const auto& fact : segment.target.facts)
      target_marks.push_back(Mark{fact.span, &fact, {}, Severity::info, nullptr});
    std::set<std::string> severities;
    for (std::size_t i = 0; i < segment.findings.size(); ++i) {
      const auto& finding = segment.findings[i];
      severities.insert(severity_name(finding.severity));
      const std::string id = prefix + std::to_string(i);
      if (finding.source)
        source_marks.push_back({finding.source->span, nullptr, id, finding.severity, &finding.message});
      if (finding.target)
        target_marks.push_back({finding.target->span, nullptr, id, finding.severity, &finding.message});
    }
    out << "<div class=\"seg";
    for (const auto& severity : severities) out << " has-" << severity;
    out << "\" data-index=\"" << segment.index << "\"><div class=\"num\">" << segment.index << "</div>"
        << side_cell(document.source.lang, segment.source, source_marks, keys_of(segment.target))
        << side_cell(document.target.lang, segment.target, target_marks, keys_of(segment.source));
    if (!segment.findings.empty()) {
      out << "<ul class=\"findings\">";
      for (std::size_t i = 0; i < segment.findings.size(); ++i) {
        out << finding_item(segment.findings[i], prefix + std::to_string(i));
      }
      out << "</ul>";
    }
    out << "</div>\n";
  }

  static std::string side_cell(const std::string& lang, const SegmentSide& side,
                               const std::vector<Mark>& marks, const std::set<std::string>& other_keys) {
    const std::string label = "<span class=\"lang\">" + escape_markup(lang) + "</span>";
    if (side.line == 0) return "<div class=\"side empty\">" + label + "no counterpart</div>";
    const std::string where = "line " + std::to_string(side.line);
    return "<div class=\"side\" lang=\"" + escape_markup(lang) + "\" title=\"" + where + "\">" + label +
           highlighted(side.text, marks, other_keys) + "</div>";
  }

  std::vector<IndexEntry> index_;
  std::set<std::string> checks_;
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(const ReporterOptions&) {
  return std::make_unique<HtmlReporter>();
}

}  // namespace concord::report
