#pragma once
// How practices map onto Xapian: term prefixes, value slots, section weights. Declared once.

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include <practice/field.hpp>

namespace practice::detail {

inline constexpr std::string_view format_version = "5";  // 2: thesaurus concept terms; 3: facet slot, region in facts, stored_practice; 4: binary facts with resources, readiness, replications; 5: stored practice compressed with zstd
inline constexpr std::string_view meta_format = "practice.format";
inline constexpr std::string_view meta_analyzer = "practice.analyzer";

// Boolean terms (Xapian convention: Q for the unique id, X… for our own).
inline constexpr std::string_view prefix_id = "Q";
inline constexpr std::string_view prefix_region = "XREG";
inline constexpr std::string_view prefix_district = "XFD";
inline constexpr std::string_view prefix_target = "XTG";
inline constexpr std::string_view prefix_year = "XY";
// Thesaurus concepts (Thesaurus::concept_key), free-text terms without positions.
inline constexpr std::string_view prefix_concept = "XW";

// Value slots.
inline constexpr Xapian::valueno slot_start_year = 0;  // sortable_serialise
inline constexpr Xapian::valueno slot_region = 1;      // region name
inline constexpr Xapian::valueno slot_district = 2;    // federal district
// What the facet counts read, in one short value so that one spy reads one slot: the region's
// id ("38"), or '=' and the region as written when it does not resolve, then a tab and the target
// groups' category ids with their ancestors, '\n'-separated.
inline constexpr Xapian::valueno slot_facets = 3;
// What a results list and the matcher's candidates need without reading the stored practice
// (stored_facts.hpp): id, title, organisation, region, target-group categories, kinds of help,
// resources needed, readiness and replication regions.
inline constexpr Xapian::valueno slot_facts = 4;

/// Prefix of a section's free-text terms (S for the title, as Xapian's convention has it).
std::string_view field_prefix(Field f);
/// Within-document frequency added per occurrence: a title match counts more than a contact.
Xapian::termcount field_weight(Field f);

/// prefix + term, with ':' between when the term starts with a capital ASCII letter (ABA).
inline std::string prefixed(std::string_view prefix, std::string_view term) {
  std::string out(prefix);
  if (!term.empty() && term.front() >= 'A' && term.front() <= 'Z') out += ':';
  out += term;
  return out;
}

/// The term of a thesaurus concept, in every section or (with a field) in one.
inline std::string concept_term(std::string_view key, std::optional<Field> field = std::nullopt) {
  std::string t(prefix_concept);
  t += key;
  return field ? prefixed(field_prefix(*field), t) : t;
}

/// Xapian refuses terms longer than 245 bytes, failing the whole transaction; longer words
/// (a pasted URL, a run of letters without spaces) are not indexed as terms. Ids are capped
/// so that the id term fits.
inline constexpr std::size_t max_term_bytes = 240;
inline constexpr std::size_t max_id_bytes = max_term_bytes - 1;

/// Sections indexed with positions are separated by this gap so phrases never span two.
inline constexpr Xapian::termpos section_gap = 100;

}  // namespace practice::detail
