package cl.gob.mintrab.canalregional.content;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the search index cuts and compares text, the same way {@link SearchQuery} reads what the reader typed: a word
 * is a run of letters and digits ({@code [\p{L}\p{N}]+}), folded by {@link SearchQuery#fold} (lower case, accents
 * removed, "ñ" kept apart from "n"). Lucene's ASCII folding would turn "ñ" into "n", so the folding is our own.
 * Short words are indexed too (phrases like "mesa de trabajo" need their positions); the query ignores them.
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new WordTokenizer();
        return new TokenStreamComponents(words, new FoldingFilter(words));
    }

    /** Keeps the values of a field (title, lead, tags, body) apart: a phrase never runs from one into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** The folded words of {@code text}, as they are indexed. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader cannot fail
        }
        return words;
    }

    /**
     * Runs of letters and digits of any script, as {@code [\p{L}\p{N}]+} in the query parser; a run longer than
     * {@link #MAX_WORD} characters is cut (Lucene's own letter tokenizers live in another module, for one loop).
     */
    private static final class WordTokenizer extends Tokenizer {

        static final int MAX_WORD = 255;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private String text;
        private int at;

        static boolean isWordChar(int c) {
            return Character.isLetter(c) || switch (Character.getType(c)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (text == null) {
                StringBuilder all = new StringBuilder();
                char[] chunk = new char[4096];
                for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
                    all.append(chunk, 0, n);
                }
                text = all.toString();
            }
            int n = text.length();
            while (at < n && !isWordChar(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            if (at >= n) {
                return false;
            }
            int start = at;
            while (at < n && at - start < MAX_WORD && isWordChar(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            term.append(text, start, at);
            offset.setOffset(correctOffset(start), correctOffset(at));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text == null ? 0 : text.length());
            offset.setOffset(last, last);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = null;
            at = 0;
        }
    }

    /** {@link SearchQuery#fold} on every term, in place (one character in, one out). */
    private static final class FoldingFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            for (int i = 0, n = term.length(); i < n; i++) {
                buffer[i] = SearchQuery.fold(buffer[i]);
            }
            return true;
        }
    }
}
