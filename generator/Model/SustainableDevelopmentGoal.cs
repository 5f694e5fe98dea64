namespace SdgArchive.Model;

/// <summary>One of the 17 official goals with its official colour and a text colour that meets WCAG AA on it.</summary>
public sealed record SustainableDevelopmentGoal(int Number, string Name, string Colour, string TextColour)
{
    public string Label => $"{Number}. {Name}";
}
