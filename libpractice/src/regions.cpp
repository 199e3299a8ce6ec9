#include <practice/regions.hpp>

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include <practice/error.hpp>
#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>

#include "lexicon.hpp"

namespace practice {
namespace {

// "г.Курск", "Респ.Бурятия": word break keeps a dot between letters inside one word, so give
// every dot a space after it first.
std::string spaced_after_dots(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '.' && i + 1 < text.size() && text[i + 1] != ' ') out += ' ';
  }
  return out;
}

std::vector<std::string> terms_of(std::string_view text) {
  thread_local auto analyzer = text::Analyzer::russian();
  std::vector<std::string> terms;
  for (const auto& t : analyzer.analyze(spaced_after_dots(text)))
    if (t.kind != text::TokenKind::stop || t.term.size() <= 2) terms.push_back(t.term);
  return terms;
}

// Words that name the kind of subject or a city, not which one, as analysed terms.
bool is_type_word(std::string_view term) {
  static const std::vector<std::string> words =
      terms_of("республика респ область обл край автономный округ ао автономная город г гор федерального "
               "значения рф россия федеральный субъект ЦФО СФО ЮФО СКФО ПФО СЗФО УФО ДФО АО");
  return std::find(words.begin(), words.end(), term) != words.end();
}

std::string join(const std::vector<std::string>& terms, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) key += ' ';
    key += terms[i];
  }
  return key;
}

std::vector<std::string> without_type_words(const std::vector<std::string>& terms) {
  std::vector<std::string> out;
  for (const auto& t : terms)
    if (!is_type_word(t)) out.push_back(t);
  return out;
}

std::size_t count_terms(const std::string& key) { return 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')); }

void sort_longest_first(std::vector<std::pair<std::string, std::size_t>>& keys) {
  std::stable_sort(keys.begin(), keys.end(),
                   [](const auto& a, const auto& b) { return count_terms(a.first) > count_terms(b.first); });
}

struct KeyMatch {
  const std::pair<std::string, std::size_t>* key = nullptr;
  std::size_t length = 0;  // in terms
};

// Key → position of its first entry in `keys` (built once: resolve runs per indexed practice).
std::map<std::string, std::size_t> index_of(const std::vector<std::pair<std::string, std::size_t>>& keys) {
  std::map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < keys.size(); ++i) by_key.emplace(keys[i].first, i);
  return by_key;
}

// Longest alias found as a run of whole terms in `terms`.
KeyMatch find_in(const std::vector<std::pair<std::string, std::size_t>>& keys, const std::map<std::string, std::size_t>& by_key,
                 const std::vector<std::string>& terms) {
  if (terms.empty()) return {};
  for (std::size_t len = std::min<std::size_t>(terms.size(), 6); len > 0; --len)
    for (std::size_t i = 0; i + len <= terms.size(); ++i)
      if (auto it = by_key.find(join(terms, i, i + len)); it != by_key.end()) return {&keys[it->second], len};
  return {};
}

std::size_t levenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::u32string to_u32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace

std::string_view relation_label(RegionRelation r) {
  switch (r) {
    case RegionRelation::same: return "тот же регион";
    case RegionRelation::neighbour: return "соседний регион";
    case RegionRelation::district: return "тот же федеральный округ";
    case RegionRelation::other: return "другой регион";
  }
  return "";
}

std::string_view relation_key(RegionRelation r) {
  switch (r) {
    case RegionRelation::same: return "same";
    case RegionRelation::neighbour: return "neighbour";
    case RegionRelation::district: return "district";
    case RegionRelation::other: return "other";
  }
  return "";
}

const RegionTable& RegionTable::russia() {
  static const RegionTable table(detail::embedded_regions, detail::embedded_cities);
  return table;
}

RegionTable::RegionTable(std::string_view regions_json, std::string_view cities_tsv) {
  const auto doc = nlohmann::json::parse(regions_json);
  for (const auto& r : doc.at("regions")) {
    Region region;
    region.id = r.at("id").get<std::string>();
    region.name = r.at("name").get<std::string>();
    region.name_short = r.value("name_short", "");
    region.federal_district = r.value("federal_district", "");
    if (r.contains("neighbours") && r["neighbours"].is_array()) region.neighbours = r["neighbours"].get<std::vector<std::string>>();
    if (r.contains("parent_subject") && r["parent_subject"].is_string()) region.parent = r["parent_subject"].get<std::string>();
    const std::size_t index = regions_.size();
    auto add = [&](const std::string& alias) {
      auto terms = terms_of(alias);
      if (terms.empty()) return;
      keys_.emplace_back(join(terms, 0, terms.size()), index);
      auto stripped = without_type_words(terms);
      if (!stripped.empty()) stripped_keys_.emplace_back(join(stripped, 0, stripped.size()), index);
    };
    add(region.name);
    add(region.name_short);
    for (const char* list : {"aliases", "aliases_manual", "aliases_historical"})
      if (r.contains(list) && r[list].is_array())
        for (const auto& a : r[list]) add(a.get<std::string>());
    regions_.push_back(std::move(region));
  }
  for (auto line : detail::data_lines(cities_tsv)) {
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view id = text::trim(line.substr(tab + 1));
    for (std::size_t i = 0; i < regions_.size(); ++i)
      if (regions_[i].id == id) {
        auto terms = terms_of(line.substr(0, tab));
        if (!terms.empty()) stripped_keys_.emplace_back(join(terms, 0, terms.size()), i);
      }
  }
  sort_longest_first(keys_);
  sort_longest_first(stripped_keys_);
  key_index_ = index_of(keys_);
  stripped_key_index_ = index_of(stripped_keys_);
}

const Region* RegionTable::resolve(std::string_view text) const {
  const auto terms = terms_of(text);
  const KeyMatch full = find_in(keys_, key_index_, terms);
  const KeyMatch bare = find_in(stripped_keys_, stripped_key_index_, without_type_words(terms));
  // The longer match wins: «г. Горно-Алтайск» is the city (Республика Алтай), not the
  // «Алтайский» that its second part alone would name.
  const KeyMatch& best = bare.length > full.length ? bare : full;
  return best.key ? &regions_[best.key->second] : nullptr;
}

const Region* RegionTable::by_id(std::string_view id) const {
  for (const auto& r : regions_)
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<std::string> RegionTable::suggest(std::string_view text, std::size_t n) const {
  const auto query = to_u32(text::fold(text));
  std::vector<std::pair<std::size_t, const Region*>> scored;
  for (const auto& r : regions_) {
    std::size_t best = levenshtein(query, to_u32(text::fold(r.name)));
    if (!r.name_short.empty()) best = std::min(best, levenshtein(query, to_u32(text::fold(r.name_short))));
    scored.emplace_back(best, &r);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < n; ++i) out.push_back(scored[i].second->name);
  return out;
}

RegionRelation RegionTable::relation(const Region& a, const Region& b) const {
  if (a.id == b.id) return RegionRelation::same;
  if (std::find(a.neighbours.begin(), a.neighbours.end(), b.id) != a.neighbours.end() || a.parent == b.id ||
      b.parent == a.id)
    return RegionRelation::neighbour;
  if (!a.federal_district.empty() && a.federal_district == b.federal_district) return RegionRelation::district;
  return RegionRelation::other;
}

}  // namespace practice
