#pragma once
/// @file replication_records.hpp
/// Replication records loaded in bulk: JSON Lines, one record per line, naming the practice
/// replicated and where, by whom, when and with what outcome:
///   {"practice": "ID", "organization": "…", "region": "…", "year": 2024, "outcome": "…"}
/// A bad line becomes a LoadError with its file and line; the other lines still load.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <practice/loader.hpp>
#include <practice/model.hpp>

namespace practice {

struct ReplicationRecord {
  std::string practice_id;
  Replication replication;
  std::string file;       ///< where the record came from, for error messages
  std::size_t line = 0;   ///< 1-based
};

struct ReplicationLoad {
  std::vector<ReplicationRecord> records;
  std::vector<LoadError> errors;
};

/// Parses JSON Lines text; `name` names the source in errors. Checks that the practice id is
/// given, the region is known (with suggestions) and the year is plausible.
ReplicationLoad parse_replication_records(std::string_view text, const std::string& name);

/// Reads a file ("-" for standard input).
ReplicationLoad load_replication_records(const std::filesystem::path& path);

}  // namespace practice
