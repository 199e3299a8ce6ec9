#pragma once
/// @file categorize.hpp
/// What a practice is about in the taxonomies' terms: for whom (target-group categories) and
/// what it does (kinds of help). Computed at index time and stored, and by the matcher for a
/// practice read whole.

#include <string>
#include <vector>

#include <practice/model.hpp>

namespace practice {

/// Taxonomy::builtin() ids found in the texts: most specific, in order, no duplicates.
std::vector<std::string> target_categories(const std::vector<std::string>& texts);

/// Taxonomy::builtin() ids of the practice's target groups.
std::vector<std::string> target_group_categories(const Practice& p);

/// Whom the practice is mainly for: the ids of its title and its first target group. A riding
/// school for veterans that also takes their children is not a children's practice.
std::vector<std::string> primary_target_categories(const Practice& p);

/// Taxonomy::services() ids of the kinds of help the practice gives, read from its title,
/// summary and goal (what it says it does, not the problem it describes).
std::vector<std::string> help_kinds(const Practice& p);

}  // namespace practice
