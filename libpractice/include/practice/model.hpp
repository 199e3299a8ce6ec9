#pragma once
/// @file model.hpp
/// The practice description (DESIGN.md's template) as plain values.

#include <optional>
#include <string>
#include <vector>

namespace practice {

/// Section 2: who runs the practice.
struct Organization {
  std::string legal_form;  ///< организационно-правовая форма
  std::string name;
  std::string head;        ///< руководитель
  std::string region;      ///< as written by the author
  bool operator==(const Organization&) const = default;
};

/// Section 10.
struct Results {
  std::string qualitative;
  std::string quantitative;
  bool operator==(const Results&) const = default;
};

/// Section 11: what the practice needs.
struct Resources {
  std::string informational;
  std::string material;
  std::string financial;
  std::string personnel;  ///< кадровые
  std::string partners;   ///< социальные / партнёрские
  bool operator==(const Resources&) const = default;
};

/// Section 15.
struct Contacts {
  std::string person, email, address, phone, fax, skype, website;
  bool operator==(const Contacts&) const = default;
};

/// Years the practice has run; `ongoing` means "по настоящее время".
struct Period {
  std::optional<int> start;
  std::optional<int> end;
  bool ongoing = false;
  bool operator==(const Period&) const = default;
};

/// A record that the practice was replicated (тиражирование) elsewhere.
struct Replication {
  std::string organization;
  std::string region;
  std::optional<int> year;
  std::string outcome;
  bool operator==(const Replication&) const = default;
};

/// One social practice. Field names are the JSON keys.
struct Practice {
  std::string id;
  std::string title;
  Organization organization;
  std::string summary;
  std::string problem;
  std::vector<std::string> target_groups;
  std::string goal;
  std::vector<std::string> tasks;
  std::vector<std::string> stages;
  std::string technologies;
  Results results;
  Resources resources;
  std::string evaluation;
  std::string difficulties;
  std::string perspectives;
  Contacts contacts;
  std::string organization_info;
  std::string region;  ///< subject of the RF where it runs; defaults to the organisation's
  Period period;
  std::string status;
  std::vector<Replication> replications;
  std::string source;  ///< where it was read from ("file:line"); informational
  bool operator==(const Practice&) const = default;

  /// The region to use: `region`, else the organisation's.
  const std::string& effective_region() const {
    return region.empty() ? organization.region : region;
  }
};

}  // namespace practice
