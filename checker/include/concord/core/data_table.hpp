#pragma once
// Reads the project's TSV data files: '#' comment lines, then a header row naming the columns, then rows.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace concord {

struct DataRow {
  std::size_t line = 0;
  std::vector<std::string> cells;  // as many as the header names; missing trailing cells are empty
};

struct DataTable {
  std::filesystem::path path;
  std::vector<std::string> columns;
  std::vector<DataRow> rows;
};

// Throws Error naming the file when it cannot be read, has no header, or a row has more cells than columns.
DataTable read_data_table(const std::filesystem::path& path);

}  // namespace concord
