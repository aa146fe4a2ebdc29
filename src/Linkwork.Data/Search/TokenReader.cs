namespace Linkwork.Data.Search;

/// <summary>What a token is, so that indexing and querying can treat hyphenated words differently.</summary>
internal enum TokenKind
{
    /// <summary>An ordinary word.</summary>
    Word,

    /// <summary>One part of a hyphenated word such as the "well" of "well-being".</summary>
    Part,

    /// <summary>A hyphenated word joined up ("wellbeing"), given after its last part.</summary>
    Compound,
}

/// <summary>A token found by <see cref="TokenReader"/>: where it is in the text and how long its folded form is.</summary>
internal readonly record struct Token(int Start, int End, int Length, TokenKind Kind);

/// <summary>
/// Reads words (runs of Unicode letters and digits) from text without allocating: each word is lower-cased
/// and stripped of accents into a caller's buffer. Apostrophes inside a word are dropped ("children's" reads
/// as "childrens"); a hyphenated word gives its parts and then the joined word, so "well-being" meets
/// "wellbeing". Words longer than <see cref="SearchTokenizer.MaxWordLength"/> are skipped: they are codes or
/// addresses, not words anyone searches for.
/// </summary>
internal ref struct TokenReader
{
    /// <summary>Room for a folded word: folding can turn one character into two.</summary>
    public const int BufferLength = SearchTokenizer.MaxWordLength + 2;

    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> buffer;
    private readonly Span<char> joined;
    private int position;
    private int joinedLength;
    private int joinedStart;
    private bool inCompound;
    private bool joinedTooLong;
    private bool compoundPending;
    private int compoundEnd;

    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer, Span<char> joinedBuffer)
    {
        this.text = text;
        this.buffer = buffer;
        joined = joinedBuffer;
    }

    /// <summary>The folded form of the last token returned.</summary>
    public readonly ReadOnlySpan<char> Current(Token token) => buffer[..token.Length];

    public bool Next(out Token token)
    {
        if (compoundPending)
        {
            compoundPending = false;
            joined[..joinedLength].CopyTo(buffer);
            token = new Token(joinedStart, compoundEnd, joinedLength, TokenKind.Compound);
            return true;
        }

        Span<char> folded = stackalloc char[2];
        while (true)
        {
            while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            if (position >= text.Length)
            {
                token = default;
                return false;
            }

            var start = position;
            var length = 0;
            var tooLong = false;
            while (position < text.Length)
            {
                var c = text[position];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    // Most text is ASCII: lower-case it in place of the general fold.
                    if (length < SearchTokenizer.MaxWordLength)
                    {
                        buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }
                    else
                    {
                        tooLong = true;
                    }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    var n = TextFolding.Fold(c, folded);
                    if (length + n <= SearchTokenizer.MaxWordLength)
                    {
                        folded[..n].CopyTo(buffer[length..]);
                        length += n;
                    }
                    else
                    {
                        tooLong = true;
                    }
                }
                else if (!TextFolding.IsMark(c) && !(IsApostrophe(c) && NextIsWordChar(position)))
                {
                    break;
                }

                position++;
            }

            var end = position;
            var hyphenFollows = position < text.Length && IsHyphen(text[position]) && NextIsWordChar(position);
            if (tooLong || length == 0)
            {
                inCompound = false;
                continue;
            }

            var kind = TokenKind.Word;
            if (hyphenFollows || inCompound)
            {
                kind = TokenKind.Part;
                if (!inCompound)
                {
                    joinedStart = start;
                    joinedLength = 0;
                    joinedTooLong = false;
                }

                if (joinedLength + length <= SearchTokenizer.MaxWordLength)
                {
                    buffer[..length].CopyTo(joined[joinedLength..]);
                    joinedLength += length;
                }
                else
                {
                    joinedTooLong = true;
                }

                inCompound = hyphenFollows;
                if (!hyphenFollows && !joinedTooLong)
                {
                    compoundPending = true;
                    compoundEnd = end;
                }
            }

            token = new Token(start, end, length, kind);
            return true;
        }
    }

    private readonly bool NextIsWordChar(int at) => at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
