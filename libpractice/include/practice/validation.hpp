#pragma once
/// @file validation.hpp
/// Checks a description against the template. Messages are in Russian, for the author.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/loader.hpp>
#include <practice/model.hpp>

namespace practice {

enum class Severity { error, warning };

/// One finding. `code` is stable for machines ("missing_section", "unknown_region", …).
struct Issue {
  std::string code;
  Severity severity = Severity::error;
  std::string file;
  std::size_t line = 0;
  std::string section;  ///< JSON key of the section, if any
  std::string message;  ///< Russian
  bool operator==(const Issue&) const = default;
};

struct ValidationReport {
  std::string id;
  std::string title;
  std::string source;
  std::vector<Issue> issues;
  double readiness = 0.0;  ///< 0..1, see readiness()
  bool ok() const;         ///< no errors (warnings allowed)
  bool operator==(const ValidationReport&) const = default;
};

struct ValidationOptions {
  int reference_year = 0;  ///< 0 means the current year
  int active_within_years = 3;
};

/// Template completeness in [0, 1]: quantitative results (0.25), resources stated (0.2),
/// evaluation method (0.15), stages (0.15), contacts (0.15), technologies (0.1).
double readiness(const Practice& p);

/// Validates one practice; `sections` (from the template parser) give line numbers.
ValidationReport validate(const LoadedPractice& p, const ValidationOptions& options = {});

/// Validates many, adding "duplicate_id" errors for ids met more than once.
std::vector<ValidationReport> validate_all(const std::vector<LoadedPractice>& practices,
                                           const ValidationOptions& options = {});

void to_json(nlohmann::json& j, const Issue& v);
void to_json(nlohmann::json& j, const ValidationReport& v);

}  // namespace practice
