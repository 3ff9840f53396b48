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
        // A label no list can read ("(vv)") stands where it is printed: beside the item before it, counting as the next one.
        if (ItemLabel.Opening(shape.Key) is { IsUnreadable: true } unreadable && _open.Count > 0)
        {
            var innermost = _open[^1];
            var list = innermost.Kind == ClauseKind.Item ? innermost.Parent! : innermost;
            var (style, last) = list.ChildList ?? (unreadable.Style, 0);
            AttachItem(list, shape, unreadable with { Style = style, Value = last + 1 });
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

        var owner = StartPositionalOwner(shape);
        AttachItem(owner, shape, ItemLabel.Opening(shape.Key));
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
        if (reading.IsOcrCorrection && reading.Normalised == "l")
            Note(shape.Number, "SG0206", $"Read the label {shape.Label} as (l): it stands between (k) and (m).");
        else if (reading.IsOcrCorrection)
            Warn(shape.Number, "SG0250", $"Read the label {shape.Label} as ({reading.Normalised}), taking each l for an i as a scan or OCR often misreads it. Correct the label in the source.");
        else if (reading.IsUnreadable)
            Warn(shape.Number, "SG0251", $"The label {shape.Label} is no letter or roman numeral SiteGen can read; the item is published as ({reading.Normalised}). Correct the label in the source.");
        owner.ChildList = (reading.Style, reading.Value);
        var number = owner.Number + "(" + reading.Normalised + ")";
        var item = NewClause(number, shape.Label, owner, shape.Number, ClauseKind.Item);
        item.AddParagraph(shape.Text, shape.Number);
    }
}
