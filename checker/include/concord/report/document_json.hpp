#pragma once
#include <nlohmann/json.hpp>

#include "concord/report/report.hpp"

namespace concord::report {

// One document as the concord-report/1 JSON report writes it under "documents", segments included.
nlohmann::ordered_json document_json(const DocumentResult& document);

}  // namespace concord::report
