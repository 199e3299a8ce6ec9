#include "document_builder.hpp"

#include <chrono>
#include <utility>

#include <practice/field.hpp>
#include <practice/regions.hpp>
#include <practice/taxonomy.hpp>
#include <practice/thesaurus.hpp>

#include "schema.hpp"
#include "stored_facts.hpp"
#include "stored_practice.hpp"

namespace practice::detail {
namespace {

int this_year() {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(ymd.year());
}

bool feeds_spelling(Field f) {
  return f == Field::title || f == Field::summary || f == Field::problem || f == Field::target_groups || f == Field::goal;
}

bool is_word(const std::string& w) {
  // Spelling suggestions only for letters, at least 4 bytes (2 Cyrillic letters).
  if (w.size() < 4 || w.size() > 64) return false;
  for (unsigned char c : w)
    if (c < 0x80 && !std::isalpha(c)) return false;
  return true;
}

}  // namespace

Xapian::Document build_document(const Practice& p, const text::Analyzer& analyzer, std::vector<std::string>* spelling) {
  Xapian::Document doc;
  doc.add_boolean_term(std::string(prefix_id) + p.id);

  Xapian::termpos base = 1;
  for (Field f : all_fields) {
    const std::string content = field_text(p, f);
    if (content.empty()) continue;
    const auto weight = field_weight(f);
    const auto prefix = field_prefix(f);
    Xapian::termpos last = base;
    TermSequence content_terms;  // what the thesaurus looks for, as Thesaurus::terms gives it
    for (const auto& t : analyzer.analyze(content, base)) {
      last = std::max<Xapian::termpos>(last, t.position);
      if (t.kind == text::TokenKind::stop) continue;
      if (t.kind != text::TokenKind::compound) content_terms.push_back(t.term);
      std::string field_term = prefixed(prefix, t.term);
      if (field_term.size() > max_term_bytes) continue;
      doc.add_posting(t.term, t.position, weight);
      doc.add_term(std::move(field_term), weight);
      if (spelling && feeds_spelling(f) && t.kind == text::TokenKind::word && is_word(t.word)) spelling->push_back(t.word);
    }
    for (const auto& o : Thesaurus::builtin().occurrences(content_terms))
      for (const auto& key : *o.concepts) {
        std::string fielded = concept_term(key, f);
        if (fielded.size() > max_term_bytes) continue;
        doc.add_term(concept_term(key), weight);
        doc.add_term(std::move(fielded), weight);
      }
    base = last + section_gap;
  }

  const auto& regions = RegionTable::russia();
  std::string region, facet_region;  // as slot_region holds it; as the facet slot does
  if (const Region* r = regions.resolve(p.effective_region())) {
    doc.add_boolean_term(std::string(prefix_region) + r->id);
    doc.add_boolean_term(std::string(prefix_district) + r->federal_district);
    region = r->name;
    facet_region = r->id;
    doc.add_value(slot_district, r->federal_district);
  } else if (!p.effective_region().empty()) {
    region = p.effective_region();
    facet_region = '=' + region;
  }
  if (!region.empty()) doc.add_value(slot_region, region);

  const StoredFacts facts{p.id, p.title, p.organization.name, region, facts_of(p)};
  doc.add_value(slot_facts, encode_facts(facts));

  std::string targets;
  for (const auto& id : Taxonomy::builtin().with_ancestors(facts.derived.categories)) {
    doc.add_boolean_term(std::string(prefix_target) + id);
    if (!targets.empty()) targets += '\n';
    targets += id;
  }
  if (!facet_region.empty() || !targets.empty()) doc.add_value(slot_facets, facet_region + '\t' + targets);

  if (p.period.start || p.period.end) {
    const int first = p.period.start.value_or(*p.period.end);
    const int last = p.period.ongoing ? std::max(first, this_year()) : p.period.end.value_or(first);
    // 64-bit so that a year near INT_MAX cannot overflow the loop.
    for (long long y = first; y <= last && y - first < 50; ++y) doc.add_boolean_term(std::string(prefix_year) + std::to_string(y));
    doc.add_value(slot_start_year, Xapian::sortable_serialise(first));
  }

  if (!p.replications.empty()) doc.add_boolean_term("XHASREPL");
  doc.set_data(encode_practice(p));
  return doc;
}

}  // namespace practice::detail
