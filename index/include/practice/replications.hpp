#pragma once
/// @file replications.hpp
/// Recording that practices were replicated (тиражирование), one at a time or in bulk.

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/bank.hpp>
#include <practice/loader.hpp>
#include <practice/replication_records.hpp>

namespace practice {

struct ReplicationReport {
  std::size_t recorded = 0;    ///< new replication records stored
  std::size_t duplicates = 0;  ///< records the practice already had (not stored twice)
  std::vector<LoadError> errors;  ///< records naming a practice the bank does not hold
};

/// Appends the records to their practices in one transaction: either all known records are
/// stored or, if writing fails, none. Records for unknown practices are reported, not stored.
ReplicationReport record_replications(Bank& bank, const std::vector<ReplicationRecord>& records);

void to_json(nlohmann::json& j, const ReplicationReport& v);

}  // namespace practice
