#pragma once
/// @file grants_import.hpp
/// Imports the real presidential-grants data (ngodata_presidential_grants_2007_2012.jsonl: title,
/// organisation, region as published, amount, year; no descriptions) into the practice model.
/// Only what a record holds is filled: title, organisation, the region (resolved to a subject
/// through RegionTable, the published spelling kept as the organisation's region), the grant
/// year as the period, the amount in «Ресурсы / финансовые». Every other section stays empty.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include <practice/loader.hpp>
#include <practice/model.hpp>
#include <practice/regions.hpp>

namespace practice {

/// What an import read and how well its regions resolved.
struct GrantsImportReport {
  std::size_t read = 0;         ///< records mapped to practices
  std::size_t with_region = 0;  ///< of those, records that publish a region
  std::size_t resolved = 0;     ///< of those, regions resolved to a subject of the RF
  std::map<std::string, std::size_t> unresolved;  ///< published region string → records
  std::vector<LoadError> errors;  ///< lines that are not usable records (file and line)

  /// resolved / with_region (1 when no record publishes a region).
  double resolved_share() const;
};

/// {"read", "with_region", "resolved", "resolved_share", "unresolved": [{"region", "count"}]
/// (most frequent first), "errors": [{"file", "line", "message"}]}.
void to_json(nlohmann::json& j, const GrantsImportReport& r);

/// Maps one grants record onto a Practice. `source` names where it came from ("file:line").
/// @throws InvalidArgument (Russian message) when the record has no id or no title.
Practice practice_from_grant(const nlohmann::json& record, const std::string& source,
                             const RegionTable& regions = RegionTable::russia());

/// Reads a grants JSON Lines file record by record, calling `on_practice` for each.
/// @throws ParseError if the file cannot be opened.
GrantsImportReport import_grants(const std::filesystem::path& file, const std::function<void(Practice&&)>& on_practice,
                                 const RegionTable& regions = RegionTable::russia());

}  // namespace practice
