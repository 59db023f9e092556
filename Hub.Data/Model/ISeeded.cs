namespace Hub.Data.Model;

/// <summary>A record that can say which seed document it was taken from.</summary>
public interface ISeeded
{
    /// <summary>File name under shared/seeds, or null for records entered through the API.</summary>
    string? SeedFile { get; set; }
}
