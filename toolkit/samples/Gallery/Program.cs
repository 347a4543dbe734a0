// The gallery: renders a page of every widget. Filled in as widgets land.
Console.Error.WriteLine("gallery: nothing to show yet");
return 1;
