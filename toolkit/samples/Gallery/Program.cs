// The gallery: renders a page of every widget. Filled in as widgets land.
if (args.Contains("--window")) return Skia.Toolkit.Gallery.WindowedGallery.Run(args, Skia.Toolkit.Gallery.ShapesPage.Build);
Console.Error.WriteLine("gallery: nothing to show yet");
return 1;
