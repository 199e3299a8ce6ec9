#pragma once
/// @file shortlist.hpp
/// Shortlists for round tables and compendiums: N practices that are relevant and diverse
/// (maximal marginal relevance over target-group categories and title words), exported as
/// CSV (Excel-friendly), Markdown or a printable HTML compendium.

#include <optional>
#include <string>
#include <vector>

#include <practice/bank.hpp>
#include <practice/profile.hpp>

namespace practice {

struct ShortlistOptions {
  std::string region;        ///< only practices of this region (any spelling); empty = all
  std::string theme;         ///< free-text theme; empty = any
  std::string target_group;  ///< filter, as in SearchOptions
  std::optional<Profile> profile;  ///< rank by match() instead of the theme
  std::size_t count = 10;
  double diversity = 0.35;  ///< 0 = relevance only, 1 = diversity only
};

/// @throws InvalidArgument for an unknown region or target group.
std::vector<Practice> shortlist(const Bank& bank, const ShortlistOptions& options);

/// CSV for Excel: UTF-8 with BOM, ';' separators, CRLF, every field quoted.
std::string export_csv(const std::vector<Practice>& practices);
/// Markdown with a table of contents and every template section.
std::string export_markdown(const std::vector<Practice>& practices, const std::string& title);
/// A standalone, printable HTML compendium (сборник) with a table of contents.
std::string export_html(const std::vector<Practice>& practices, const std::string& title);

}  // namespace practice
