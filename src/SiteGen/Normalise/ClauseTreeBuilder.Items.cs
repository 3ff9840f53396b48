using SiteGen.Model;

namespace SiteGen.Normalise;

internal sealed partial class ClauseTreeBuilder
{
    /// <summary>
    /// Attaches a labelled item. Walking out from the innermost open clause, the item goes to the first list it
    /// continues ((b) after (a)); failing that, a different style opens a nested list ((i) under (e)); failing
    /// that, it opens or restarts the list of the nearest numbered clause.
    /// </summary>
    private void AddItem(LineShape shape)
    {
        if (!ItemLabel.IsReadable(shape.Key))
        {
            AddUnreadableItem(shape);
            return;
        }

        for (var k = _open.Count - 1; k >= 0; k--)
        {
            var candidate = _open[k];
            if (candidate.Kind != ClauseKind.Item)
            {
                AttachItem(candidate, shape, Reading(candidate, shape));
                return;
            }

            var siblings = candidate.Parent!;
            if (siblings.ChildList is { } list && ItemLabel.Continuing(shape.Key, list.Style, list.Last) is { } next)
            {
                AttachItem(siblings, shape, next);
                return;
            }

            var opening = ItemLabel.Opening(shape.Key);
            if (opening.Value == 1 && siblings.ChildList is { } outer && opening.Style != outer.Style && ItemDepth(candidate) < MaxItemDepth)
            {
                AttachItem(candidate, shape, opening);
                return;
            }
        }

        AttachItem(ItemOwnerWithoutClause(shape), shape, ItemLabel.Opening(shape.Key));
    }

    /// <summary>
    /// An item with nothing open to hang from. Straight under a numbered heading ("4. Members' conduct" then "(a) …") the
    /// items are that heading's own list, published as 4(a), 4(b); anywhere else SiteGen gives the list an empty paragraph.
    /// </summary>
    private ClauseNode ItemOwnerWithoutClause(LineShape shape)
    {
        if (_section is { Number: { } number } section && section.ItemOwner is null && _open.Count == 0 && _lastWritten is null)
        {
            var owner = new ClauseNode(number, null, section, null, shape.Number, ClauseKind.HeadingList);
            section.ItemOwner = owner;
            section.Clauses.Add(owner);
            _open.Clear();
            _open.Add(owner);
            _lastWritten = owner;
            return owner;
        }
        return StartPositionalOwner(shape);
    }

    /// <summary>
    /// A label that is no letter, roman numeral or number ("(ill)", "(vv)": scanning errors). It is never dropped: inside a
    /// list it is read as that list's next item, and said so; with no list to continue it keeps its printed letters.
    /// </summary>
    private void AddUnreadableItem(LineShape shape)
    {
        for (var k = _open.Count - 1; k >= 0; k--)
        {
            var owner = _open[k].Kind == ClauseKind.Item ? _open[k].Parent! : _open[k];
            if (owner.ChildList is not { } list) continue;
            var value = list.Last + 1;
            var guess = new ItemReading(list.Style, value, ItemLabel.Format(list.Style, value));
            Warn(shape.Number, "SG0230", $"The item label {shape.Label} is not a letter, roman numeral or number (a scanning error?); it is read as ({guess.Normalised}), the next item of clause {owner.Number}. Check the source.");
            AttachItem(owner, shape, guess);
            return;
        }

        var parent = _open.Count > 0 && _open[^1].Kind != ClauseKind.Item ? _open[^1] : ItemOwnerWithoutClause(shape);
        var reading = ItemLabel.Opening(shape.Key);
        Warn(shape.Number, "SG0231", $"The item label {shape.Label} is not a letter, roman numeral or number (a scanning error?) and continues no list; it is published as clause {parent.Number}({reading.Normalised}). Check the source.");
        AttachItem(parent, shape, reading);
    }

    /// <summary>(a) → (i) → (1) is as deep as protocols go; alternating labels in hostile input must not nest without end.</summary>
    private const int MaxItemDepth = 3;

    private static int ItemDepth(ClauseNode node)
    {
        var depth = 0;
        for (var n = node; n is { Kind: ClauseKind.Item }; n = n.Parent) depth++;
        return depth;
    }

    private ItemReading Reading(ClauseNode owner, LineShape shape)
    {
        if (owner.ChildList is { } list)
        {
            if (ItemLabel.Continuing(shape.Key, list.Style, list.Last) is { } next) return next;
            Warn(shape.Number, "SG0205", $"Item {shape.Label} does not follow on from the item before it in clause {owner.Number}. Check the lettering in the source.");
        }
        return ItemLabel.Opening(shape.Key);
    }

    private void AttachItem(ClauseNode owner, LineShape shape, ItemReading reading)
    {
        if (reading.IsOcrCorrection)
            Note(shape.Number, "SG0206", $"Read the label {shape.Label} as (l): it stands between (k) and (m).");
        owner.ChildList = (reading.Style, reading.Value);
        var number = owner.Number + "(" + reading.Normalised + ")";
        var item = NewClause(number, shape.Label, owner, shape.Number, ClauseKind.Item);
        item.AddParagraph(shape.Text, shape.Number);
    }
}
