#include "concord/core/data_table.hpp"

#include <fstream>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells{""};
  for (char c : line) {
    if (c == '\t') {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back().push_back(c);
    }
  }
  return cells;
}

}  // namespace

DataTable read_data_table(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read data file " + path.string());
  DataTable table{path, {}, {}};
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    if (text::find_invalid_utf8(line)) throw InputError(path.string(), number, "invalid UTF-8");
    auto cells = split_tabs(line);
    if (table.columns.empty()) {
      table.columns = std::move(cells);
      continue;
    }
    if (cells.size() > table.columns.size()) {
      throw InputError(path.string(), number,
                       "has " + std::to_string(cells.size()) + " cells, the header names " +
                           std::to_string(table.columns.size()));
    }
    cells.resize(table.columns.size());
    table.rows.push_back({number, std::move(cells)});
  }
  if (table.columns.empty()) throw Error(path.string() + ": no header row");
  return table;
}

}  // namespace concord
