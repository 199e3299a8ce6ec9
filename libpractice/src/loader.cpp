#include <practice/loader.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include <practice/docx.hpp>
#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/practice_id.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {
namespace fs = std::filesystem;
namespace {

enum class Format { json, jsonl, text, docx };

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

Format sniff(std::string_view text, const std::string& name) {
  const std::string ext = lower_extension(name);
  if (ext == ".docx" || looks_like_zip(text)) return Format::docx;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
  if (ext == ".json") return Format::json;
  if (ext == ".txt" || ext == ".md") return Format::text;
  const std::string_view body = text::trim(text);
  if (!body.empty() && (body.front() == '{' || body.front() == '[')) {
    const auto nl = body.find('\n');
    return body.front() == '{' && nl != std::string_view::npos && text::trim(body.substr(0, nl)).back() == '}'
               ? Format::jsonl
               : Format::json;
  }
  return Format::text;
}

void finish(Practice& p) {
  if (p.id.empty()) p.id = derive_id(p);
}

void emit_json(const nlohmann::json& j, const std::string& name, std::size_t line, const PracticeSink& on_practice,
               const ErrorSink& on_error) {
  try {
    LoadedPractice lp{j.get<Practice>(), {}};
    lp.practice.source = name + ":" + std::to_string(line);
    finish(lp.practice);
    on_practice(std::move(lp));
  } catch (const InvalidArgument& e) {
    on_error({name, line, e.what()});
  } catch (const nlohmann::json::exception& e) {
    on_error({name, line, std::string("неверная запись: ") + e.what()});
  }
}

void load_jsonl(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto nl = text.find('\n', pos);
    const std::string_view line = text::trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      on_error({name, line_no, "строка не является корректным JSON (байт " + std::to_string(e.byte) + " строки)"});
      continue;
    }
    emit_json(j, name, line_no, on_practice, on_error);
  }
}

void load_json(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    on_error({name, line_of_offset(text, offset), "файл не является корректным JSON (байт " + std::to_string(e.byte) + ")"});
    return;
  }
  if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) {
      emit_json(j[i], name, 0, on_practice, [&](LoadError&& e) {
        e.message = "элемент " + std::to_string(i + 1) + ": " + e.message;
        on_error(std::move(e));
      });
    }
  } else if (j.is_object()) {
    emit_json(j, name, 1, on_practice, on_error);
  } else {
    on_error({name, 1, "ожидается объект практики или список объектов"});
  }
}

void load_template(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  try {
    for (auto& doc : parse_template(text, name)) {
      LoadedPractice lp{std::move(doc.practice), std::move(doc.sections)};
      finish(lp.practice);
      on_practice(std::move(lp));
    }
  } catch (const ParseError& e) {
    on_error({e.file(), e.line(), e.reason()});
  }
}

void load_docx(std::string_view bytes, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  try {
    for (auto& doc : parse_docx(bytes, name)) {
      LoadedPractice lp{std::move(doc.practice), std::move(doc.sections)};
      finish(lp.practice);
      on_practice(std::move(lp));
    }
  } catch (const ParseError& e) {
    on_error({e.file(), e.line(), e.reason()});
  }
}

bool loadable(const fs::path& p) {
  const std::string ext = lower_extension(p);
  const std::string stem = p.stem().string();
  if (stem == "README" || stem == "readme" || stem.rfind('.', 0) == 0) return false;
  if (stem.rfind("~$", 0) == 0) return false;  // Word's lock file beside an open document
  return ext == ".json" || ext == ".jsonl" || ext == ".ndjson" || ext == ".txt" || ext == ".md" || ext == ".docx";
}

}  // namespace

std::string LoadError::to_string() const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message;
}

void load_text(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  if (text::trim(text).empty()) {
    on_error({name, 0, "файл пуст"});
    return;
  }
  switch (sniff(text, name)) {
    case Format::jsonl: {
      if (auto bad = find_invalid_utf8(text)) {
        on_error({name, line_of_offset(text, *bad), "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad)});
        return;
      }
      load_jsonl(text, name, on_practice, on_error);
      return;
    }
    case Format::json: load_json(text, name, on_practice, on_error); return;
    case Format::text: load_template(text, name, on_practice, on_error); return;
    case Format::docx: load_docx(text, name, on_practice, on_error); return;
  }
}

void load_path(const fs::path& input, const PracticeSink& on_practice, const ErrorSink& on_error) {
  if (input == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    load_text(ss.str(), "<stdin>", on_practice, on_error);
    return;
  }
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(input, ec))
      if (entry.is_regular_file() && loadable(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) load_path(f, on_practice, on_error);
    return;
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    on_error({input.string(), 0, fs::exists(input) ? "файл не удаётся прочитать" : "файл не найден"});
    return;
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  load_text(content, input.string(), on_practice, on_error);
}

LoadResult load_paths(const std::vector<fs::path>& inputs) {
  LoadResult result;
  for (const auto& input : inputs)
    load_path(input, [&](LoadedPractice&& p) { result.practices.push_back(std::move(p)); },
              [&](LoadError&& e) { result.errors.push_back(std::move(e)); });
  return result;
}

}  // namespace practice
