using Hub.Schema.Subscription;

namespace Hub.Server.WebSockets;

/// <summary>
/// One entry of a connection's send queue: a text message, or the close frame. <see cref="Window"/> is the
/// delivery window to release once the message has left; <see cref="Control"/> marks a message that holds one
/// of the connection's control slots (acks, pongs, refusals answered while reading).
/// </summary>
internal readonly record struct OutgoingFrame(byte[]? Text, DeliveryWindow? Window, bool Control, int CloseCode, string? CloseReason)
{
    public bool IsClose => Text is null;

    public static OutgoingFrame Message(byte[] text, DeliveryWindow? window = null, bool control = false) => new(text, window, control, 0, null);

    public static OutgoingFrame Close(int code, string reason) => new(null, null, false, code, reason);
}
