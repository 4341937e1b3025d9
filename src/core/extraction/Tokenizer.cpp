// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/Tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace Hamish {

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(char16_t c)
{
    return c == u' ';
}

// One ICU word-break iterator per thread: creating one costs far more than tokenising a sentence.
icu::BreakIterator *wordBreaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return breaker.get();
}

struct Builder
{
    const QString &text;
    QList<Token> &tokens;
    qsizetype lastEnd = 0;
    bool pendingDecimalComma = false; // an Arabic comma between digits was skipped

    void add(qsizetype start, qsizetype end, TokenKind kind)
    {
        Token token;
        token.start = start;
        token.end = end;
        token.kind = kind;
        token.spaceBefore = tokens.isEmpty() || start > lastEnd;
        token.stemStart = start;
        token.wordStart = start;
        token.text = QStringView(text).mid(start, end - start);
        token.stem = token.text;
        tokens.append(token);
        lastEnd = end;
    }

    // A segment ICU kept whole may still glue letters to digits: split it into runs. Separators stay
    // inside a number only between two digits (1,000.5).
    void addSegment(qsizetype start, qsizetype end)
    {
        const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
        qsizetype runStart = start;
        bool digits = isDigit(s[start]);
        for (qsizetype i = start + 1; i < end; ++i) {
            const char16_t c = s[i];
            bool isDigitChar = isDigit(c);
            if (digits && (c == u'.' || c == u',' || c == u'،') && i + 1 < end && isDigit(s[i + 1]))
                isDigitChar = true;
            if (isDigitChar != digits) {
                addRun(runStart, i, digits);
                runStart = i;
                digits = isDigitChar;
            }
        }
        addRun(runStart, end, digits);
    }

    void addRun(qsizetype start, qsizetype end, bool digits)
    {
        if (digits && pendingDecimalComma && tokens.constLast().end + 1 == start) {
            // Joins 12 ، 5 into one number token.
            Token &number = tokens.last();
            number.end = end;
            number.text = QStringView(text).mid(number.start, end - number.start);
            number.stem = number.text;
            pendingDecimalComma = false;
            lastEnd = end;
            return;
        }
        pendingDecimalComma = false;
        if (digits) {
            add(start, end, TokenKind::Number);
            return;
        }
        // Letters with stray symbols ICU joined (an apostrophe, a dot) stay one word.
        add(start, end, TokenKind::Word);
    }

    void addSymbols(qsizetype start, qsizetype end)
    {
        const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
        for (qsizetype i = start; i < end; ++i) {
            if (isBlank(s[i]))
                continue;
            const qsizetype length = QChar::isHighSurrogate(s[i]) && i + 1 < end ? 2 : 1;
            // 12،5: an Arabic comma between digits is a decimal comma (ICU breaks the number there).
            if (s[i] == u'،' && i + 1 < text.size() && isDigit(s[i + 1]) && !tokens.isEmpty()
                && tokens.constLast().isNumber() && tokens.constLast().end == i
                && !tokens.constLast().text.contains(u',') && !tokens.constLast().text.contains(u'.')
                && !tokens.constLast().text.contains(u'،')) {
                pendingDecimalComma = true;
                continue;
            }
            add(i, i + length, TokenKind::Symbol);
            i += length - 1;
        }
    }
};

} // namespace

QList<Token> Tokenizer::tokenize(const QString &normalizedText)
{
    QList<Token> tokens;
    tokens.reserve(normalizedText.size() / 5 + 1);
    Builder builder{normalizedText, tokens};
    icu::BreakIterator *breaker = wordBreaker();
    if (!breaker) {
        builder.addSymbols(0, normalizedText.size());
        return tokens;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUChars(&text, reinterpret_cast<const UChar *>(normalizedText.utf16()), normalizedText.size(), &status);
    breaker->setText(&text, status);
    if (U_FAILURE(status)) {
        utext_close(&text);
        builder.addSymbols(0, normalizedText.size());
        return tokens;
    }
    qsizetype start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        if (breaker->getRuleStatus() == UBRK_WORD_NONE)
            builder.addSymbols(start, end);
        else
            builder.addSegment(start, end);
    }
    utext_close(&text);
    // Leave the iterator pointing at nothing that this text's lifetime owns.
    breaker->setText(icu::UnicodeString());
    return tokens;
}

} // namespace Hamish
