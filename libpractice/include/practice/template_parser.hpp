#pragma once
/// @file template_parser.hpp
/// Reads practice descriptions written in the template's text layout (DESIGN.md): numbered or
/// unnumbered Russian headings, with or without a colon, any case, known short variants, the
/// seed's second "15." for «Информация об организации», bullet lists, "Ключ: значение" sub-lines,
/// a UTF-8 BOM and CRLF line endings. One file may hold several practices, each starting at a
/// «Название…» heading.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <practice/field.hpp>
#include <practice/model.hpp>

namespace practice {

/// Where a section started in the source text.
struct SectionLine {
  Field field;
  std::size_t line;  ///< 1-based line of the heading
  bool operator==(const SectionLine&) const = default;
};

/// One description read from text, with where each section was found.
struct TemplateDocument {
  Practice practice;
  std::size_t first_line = 1;
  std::vector<SectionLine> sections;  ///< in the order met, repeats included
  bool operator==(const TemplateDocument&) const = default;
};

/// Recognises a heading line; returns its field and any text after "Heading:" on the same line.
std::optional<std::pair<Field, std::string>> match_heading(std::string_view line);

/// Parses every description in `text`. `file` only names the source in errors.
/// @throws ParseError for invalid UTF-8 (with the byte offset), UTF-16, NUL bytes, or text
///         that holds no template heading at all.
std::vector<TemplateDocument> parse_template(std::string_view text, const std::string& file);

/// Parses "2019 – по настоящее время", "с 2021 года", "2018-2024".
Period parse_period(std::string_view text);

}  // namespace practice
