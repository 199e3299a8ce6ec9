#pragma once
/// @file docx.hpp
/// Reads Word documents (.docx) of the practice template: word/document.xml is turned into the
/// template text layout (paragraphs become lines, list paragraphs "- " bullets, a two-column
/// "field | value" table row a "field: value" line) and parsed by the template parser, so ids,
/// sections and validation work as for .txt files. Line numbers in errors and section positions
/// are Word paragraph numbers (1-based, in document order, table cells included).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <practice/template_parser.hpp>

namespace practice {

/// Limits that keep a hostile archive (a "zip bomb") from exhausting memory.
struct DocxLimits {
  std::size_t max_xml_bytes = std::size_t{64} << 20;  ///< word/document.xml after unpacking
  std::size_t max_ratio = 200;  ///< unpacked / packed size above which a large entry is refused
  std::size_t ratio_floor = std::size_t{1} << 20;  ///< the ratio guard applies only above this size
};

/// The template text of a document and, for each of its lines, the paragraph it came from.
struct DocxText {
  std::string text;
  std::vector<std::size_t> paragraph_of_line;  ///< index = line - 1; value = 1-based paragraph
  /// The paragraph of a 1-based text line (0 stays 0: "the whole file").
  std::size_t paragraph(std::size_t line) const;
};

/// True when `bytes` start like a ZIP archive (local file header "PK\x03\x04").
bool looks_like_zip(std::string_view bytes);

/// Extracts the text of a .docx held in memory. `file` only names the source in errors.
/// @throws ParseError (reason in Russian) when the bytes are not a ZIP archive, the archive is
///         damaged or truncated, has no word/document.xml, document.xml is malformed XML or
///         exceeds `limits`, or the document holds no text.
DocxText docx_to_text(std::string_view bytes, const std::string& file, const DocxLimits& limits = {});

/// docx_to_text, then parse_template, with lines mapped back to paragraph numbers.
/// @throws ParseError as docx_to_text and parse_template do.
std::vector<TemplateDocument> parse_docx(std::string_view bytes, const std::string& file, const DocxLimits& limits = {});

}  // namespace practice
