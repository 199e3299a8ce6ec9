#include "query_builder.hpp"

#include <map>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>
#include <practice/thesaurus.hpp>
#include <practice/utf8.hpp>

#include "schema.hpp"

namespace practice::detail {
namespace {

using text::Token;
using text::TokenKind;

// One lexical item of the query: a word run, a "phrase", field:value, -negation.
struct Item {
  std::string text;
  std::optional<Field> field;
  bool phrase = false;
  bool negated = false;
  bool or_before = false;
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Opening quote at `s`: its byte length and the matching closing quote, or 0.
std::pair<std::size_t, std::string_view> open_quote(std::string_view s) {
  if (starts_with(s, "\"")) return {1, "\""};
  if (starts_with(s, "«")) return {2, "»"};
  if (starts_with(s, "“")) return {3, "”"};
  if (starts_with(s, "„")) return {3, "“"};
  return {0, {}};
}

std::vector<Item> lex(std::string_view q, std::vector<std::string>& warnings) {
  std::vector<Item> items;
  bool negate_next = false, or_next = false;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < q.size() && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r' || q[i] == '(' || q[i] == ')')) ++i;
  };
  while (true) {
    skip_space();
    if (i >= q.size()) break;
    if (items.size() == max_query_items) {
      warnings.push_back("запрос сокращён до " + std::to_string(max_query_items) + " элементов");
      break;
    }
    Item item;
    item.negated = negate_next;
    item.or_before = or_next;
    negate_next = or_next = false;
    if (q[i] == '-' && i + 1 < q.size() && q[i + 1] != ' ') {
      item.negated = true;
      ++i;
    }
    // field:value
    std::size_t end = i;
    while (end < q.size() && q[end] != ' ' && q[end] != ':' && q[end] != '"' && q[end] != '\t') ++end;
    if (end < q.size() && q[end] == ':' && end > i) {
      const std::string_view name = q.substr(i, end - i);
      if (auto f = field_from_name(name)) {
        item.field = f;
        i = end + 1;
      } else {
        warnings.push_back("неизвестное поле «" + std::string(name) + "»: слово ищется по всему тексту");
      }
    }
    if (auto [len, close] = open_quote(q.substr(i)); len) {
      const std::size_t start = i + len;
      const std::size_t stop = q.find(close, start);
      item.text = std::string(q.substr(start, stop == std::string_view::npos ? std::string_view::npos : stop - start));
      item.phrase = true;
      if (stop == std::string_view::npos) warnings.push_back("незакрытая кавычка: фраза взята до конца запроса");
      i = stop == std::string_view::npos ? q.size() : stop + close.size();
      items.push_back(std::move(item));
      continue;
    }
    end = i;
    while (end < q.size() && q[end] != ' ' && q[end] != '\t' && q[end] != '\n' && q[end] != '(' && q[end] != ')') ++end;
    const std::string_view word = q.substr(i, end - i);
    i = end;
    if (!item.field && !item.negated) {
      if (word == "OR" || word == "ИЛИ" || word == "|") {
        or_next = true;
        continue;
      }
      if (word == "AND" || word == "И" || word == "&") continue;
      if (word == "NOT" || word == "НЕ") {
        negate_next = true;
        continue;
      }
    }
    item.text = std::string(word);
    items.push_back(std::move(item));
  }
  return items;
}

struct Builder {
  const SearchOptions& options;
  const text::Analyzer& analyzer;
  BuiltQuery& out;
  std::size_t budget = max_query_terms;
  bool saw_words = false;  // any token at all, stop words included

  // A term in the item's field, in the option fields, or unprefixed.
  Xapian::Query term(const std::string& t, std::optional<Field> field) {
    if (field) return Xapian::Query(prefixed(field_prefix(*field), t));
    if (options.fields.empty()) return Xapian::Query(t);
    std::vector<Xapian::Query> alts;
    for (Field f : options.fields) alts.emplace_back(prefixed(field_prefix(f), t));
    return Xapian::Query(Xapian::Query::OP_SYNONYM, alts.begin(), alts.end());
  }

  Xapian::Query phrase(const std::vector<std::string>& terms, std::optional<Field> field, Xapian::termcount window) {
    if (terms.size() == 1) return term(terms.front(), field);
    std::vector<Xapian::Query> parts;
    for (const auto& t : terms) parts.push_back(term(t, field));
    // Positions are stored for unprefixed terms only: a field phrase becomes AND.
    if (field || !options.fields.empty()) return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), window);
  }

  std::vector<Token> tokens(const std::string& s) {
    auto all = analyzer.analyze(s);
    saw_words = saw_words || !all.empty();
    std::vector<Token> kept;
    for (auto& t : all) {
      if (t.kind != TokenKind::stop) {
        if (budget == 0) {
          if (out.warnings.empty() || out.warnings.back().find("сокращён") == std::string::npos)
            out.warnings.push_back("запрос сокращён до " + std::to_string(max_query_terms) + " слов");
          break;
        }
        --budget;
      }
      kept.push_back(std::move(t));
    }
    return kept;
  }

  void note(const Token& t, bool positive) {
    if (!positive) return;
    out.highlight.insert(t.term);
    if (t.kind == TokenKind::word) out.words.push_back(t.word);
  }

  // Clauses for a run of plain words: compounds as the phrase of their parts, thesaurus
  // phrases as their concept term, other words as terms.
  void words(const std::vector<Token>& toks, std::optional<Field> field, bool positive, std::vector<Xapian::Query>& clauses) {
    std::vector<std::string> content;
    std::vector<const Token*> content_tokens;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      const Token& t = toks[k];
      if (t.kind == TokenKind::stop) continue;
      if (t.kind == TokenKind::compound) {
        std::vector<std::string> parts;
        for (std::size_t m = k + 1; m < toks.size() && toks[m].position < t.position + t.position_length; ++m)
          if (toks[m].kind != TokenKind::stop) {
            parts.push_back(toks[m].term);
            note(toks[m], positive);
          }
        note(t, positive);
        // The parts of a hyphenated word are indexed at adjacent positions, so the phrase of the
        // parts finds "дети-инвалиды" and "дети инвалиды" alike, with exact statistics.
        clauses.push_back(parts.size() > 1 ? phrase(parts, field, t.position_length) : term(t.term, field));
        while (k + 1 < toks.size() && toks[k + 1].position < t.position + t.position_length) ++k;
        continue;
      }
      content.push_back(t.term);
      content_tokens.push_back(&t);
    }
    std::vector<Expansion> expansions;
    if (options.expand_synonyms) expansions = Thesaurus::builtin().expand(content);
    std::size_t e = 0;
    for (std::size_t k = 0; k < content.size();) {
      if (e < expansions.size() && expansions[e].begin == k) {
        if (positive)
          for (const auto& alt : expansions[e].alternatives) out.highlight.insert(alt.begin(), alt.end());
        for (std::size_t m = k; m < k + expansions[e].length; ++m) note(*content_tokens[m], positive);
        // The bank indexes a group's concept wherever any of its phrases occurs (document_builder).
        std::vector<Xapian::Query> groups;
        for (const auto& key : *Thesaurus::builtin().concepts(expansions[e].alternatives.front()))
          groups.push_back(term(concept_term(key), field));  // fielded as concept_term(key, f) is
        clauses.push_back(groups.size() == 1 ? groups.front() : Xapian::Query(Xapian::Query::OP_OR, groups.begin(), groups.end()));
        k += expansions[e].length;
        ++e;
        continue;
      }
      note(*content_tokens[k], positive);
      clauses.push_back(term(content[k], field));
      ++k;
    }
  }

  void item(const Item& it, std::vector<Xapian::Query>& clauses) {
    const auto toks = tokens(it.text);
    if (it.phrase) {
      std::vector<std::string> terms;
      for (const auto& t : toks)
        if (t.kind != TokenKind::stop && t.kind != TokenKind::compound) {
          terms.push_back(t.term);
          note(t, !it.negated);
        }
      if (terms.empty()) return;
      const Xapian::termcount window = toks.empty() ? 1 : toks.back().position - toks.front().position + 1;
      clauses.push_back(phrase(terms, it.field, std::max<Xapian::termcount>(window, static_cast<Xapian::termcount>(terms.size()))));
      return;
    }
    words(toks, it.field, !it.negated, clauses);
  }
};

// A word repeated in the query is one term with that query frequency, as Xapian's QueryParser
// makes it: BM25 counts the repetition through its query-frequency factor instead of adding the
// term twice, and the match walks its posting list once. (A profile's target groups often repeat
// the words of its problem: «дети», «семьи».)
void merge_repeated_terms(std::vector<Xapian::Query>& clauses) {
  std::map<std::string, std::size_t> at;  // term → its clause in `out`
  std::vector<Xapian::Query> out;
  std::vector<Xapian::termcount> wqf;
  for (auto& q : clauses) {
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
      auto [it, fresh] = at.try_emplace(*q.get_terms_begin(), out.size());
      if (!fresh) {
        ++wqf[it->second];
        continue;
      }
    }
    out.push_back(std::move(q));
    wqf.push_back(1);
  }
  for (const auto& [term, i] : at)
    if (wqf[i] > 1) out[i] = Xapian::Query(term, wqf[i]);
  clauses = std::move(out);
}

}  // namespace

BuiltQuery build_query(std::string_view query, const SearchOptions& options, const text::Analyzer& analyzer) {
  BuiltQuery out;
  if (auto bad = find_invalid_utf8(query))
    throw InvalidArgument("запрос не в кодировке UTF-8: недопустимый байт " + std::to_string(*bad));
  if (query.size() > max_query_bytes) {
    std::size_t cut = max_query_bytes;
    while (cut > 0 && (static_cast<unsigned char>(query[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    query = query.substr(0, cut);
    out.warnings.push_back("запрос сокращён до " + std::to_string(max_query_bytes / 1024) + " КБ");
  }
  const auto items = lex(query, out.warnings);
  Builder b{options, analyzer, out};

  // OR splits the query into groups; each group's clauses are ANDed (or ORed with match_any).
  std::vector<std::vector<Xapian::Query>> groups(1);
  std::vector<Xapian::Query> negatives;
  for (const auto& it : items) {
    if (it.or_before && !groups.back().empty()) groups.emplace_back();
    std::vector<Xapian::Query> clauses;
    b.item(it, clauses);
    auto& target = it.negated ? negatives : groups.back();
    target.insert(target.end(), clauses.begin(), clauses.end());
  }

  std::vector<Xapian::Query> all_groups, any_groups;
  for (auto& g : groups) {
    if (g.empty()) continue;
    merge_repeated_terms(g);
    all_groups.emplace_back(Xapian::Query::OP_AND, g.begin(), g.end());
    any_groups.emplace_back(Xapian::Query::OP_OR, g.begin(), g.end());
  }
  if (all_groups.empty()) {
    const bool has_filter = !options.region.empty() || !options.target_group.empty() ||
                            !options.federal_district.empty() || options.year.has_value();
    if (!has_filter) {
      if (!negatives.empty()) throw InvalidArgument("запрос состоит только из исключений: добавьте слова для поиска");
      if (b.saw_words) throw InvalidArgument("запрос состоит только из служебных слов");
      throw InvalidArgument(text::trim(query).empty() ? "пустой запрос" : "в запросе нет слов для поиска");
    }
    out.all = out.any = Xapian::Query::MatchAll;
  } else {
    out.empty = false;
    out.all = Xapian::Query(Xapian::Query::OP_OR, all_groups.begin(), all_groups.end());
    out.any = Xapian::Query(Xapian::Query::OP_OR, any_groups.begin(), any_groups.end());
  }
  if (!negatives.empty()) {
    Xapian::Query neg(Xapian::Query::OP_OR, negatives.begin(), negatives.end());
    out.all = Xapian::Query(Xapian::Query::OP_AND_NOT, out.all, neg);
    out.any = Xapian::Query(Xapian::Query::OP_AND_NOT, out.any, neg);
  }
  return out;
}

}  // namespace practice::detail
